namespace BriefBuilder.Composition.Localization;

/// <summary>Every fixed word of a brief in one language, as read from <c>Languages/&lt;code&gt;.yaml</c>.</summary>
public sealed class LanguagePack
{
    public string Code { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public NumberWords Numbers { get; init; } = new();

    /// <summary>The word joining the last two items of a list.</summary>
    public string And { get; init; } = string.Empty;

    /// <summary>Whether a count of 0 takes the singular (CLDR plural category "one" for French and Armenian).</summary>
    public bool ZeroIsSingular { get; init; }

    public string QuoteOpen { get; init; } = string.Empty;

    public string QuoteClose { get; init; } = string.Empty;

    /// <summary>The quotation marks of a quotation within a quotation.</summary>
    public string InnerQuoteOpen { get; init; } = string.Empty;

    public string InnerQuoteClose { get; init; } = string.Empty;

    public NounWords Nouns { get; init; } = new();

    public DateWords Dates { get; init; } = new();

    public LabelWords Labels { get; init; } = new();

    public BibliographyWords Bibliography { get; init; } = new();

    /// <summary>Plural headings of a bibliography split by source type, by SourceType name.</summary>
    public IReadOnlyDictionary<string, string> SourceTypeTitles { get; init; } = new Dictionary<string, string>();

    /// <summary>Enum labels by enum type name, then value name; a missing one is humanised from the value's name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Enums { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();
}

/// <summary>How numbers are written: separators and the percent pattern.</summary>
public sealed class NumberWords
{
    public string GroupSeparator { get; init; } = string.Empty;

    public string DecimalSeparator { get; init; } = string.Empty;

    /// <summary>Pattern with <c>{value}</c>.</summary>
    public string Percent { get; init; } = string.Empty;
}

/// <summary>A noun's singular and plural, as a count needs them.</summary>
public sealed class NounForms
{
    public string One { get; init; } = string.Empty;

    public string Other { get; init; } = string.Empty;
}

/// <summary>The nouns a brief counts, and the words it counts statements by ("11 dated", "1 non datée").</summary>
public sealed class NounWords
{
    public NounForms Statement { get; init; } = new();

    public NounForms Speaker { get; init; } = new();

    public NounForms Event { get; init; } = new();

    public NounForms Source { get; init; } = new();

    public NounForms Person { get; init; } = new();

    public NounForms Institution { get; init; } = new();

    public NounForms Correction { get; init; } = new();

    public NounForms Dated { get; init; } = new();

    public NounForms Undated { get; init; } = new();
}

/// <summary>Month and season names and the patterns of date labels.</summary>
public sealed class DateWords
{
    public IReadOnlyList<string> Months { get; init; } = [];

    public IReadOnlyList<string> MonthsInDate { get; init; } = [];

    public IReadOnlyList<string> MonthsShort { get; init; } = [];

    public SeasonWords Seasons { get; init; } = new();

    public string FirstDay { get; init; } = string.Empty;

    public string Day { get; init; } = string.Empty;

    public string DayRange { get; init; } = string.Empty;

    /// <summary>A day named in running text, where a language wants an article: French "le {date}".</summary>
    public string OnDay { get; init; } = "{date}";

    public string DayMonth { get; init; } = string.Empty;

    public string Month { get; init; } = string.Empty;

    public string Season { get; init; } = string.Empty;

    public string Year { get; init; } = string.Empty;

    public string Decade { get; init; } = string.Empty;

    public string Century { get; init; } = string.Empty;

    public string Approximate { get; init; } = string.Empty;

    public string Uncertain { get; init; } = string.Empty;

    public string Range { get; init; } = string.Empty;

    public string RangeInProse { get; init; } = string.Empty;

    public string FromDay { get; init; } = string.Empty;

    public string From { get; init; } = string.Empty;

    public string UntilDay { get; init; } = string.Empty;

    public string Until { get; init; } = string.Empty;

    public string Unknown { get; init; } = string.Empty;

    /// <summary>The label of a statement the record gives no date of its own.</summary>
    public string Undated { get; init; } = string.Empty;

    /// <summary>Pattern with <c>{window}</c>: an undated statement with the window it falls in.</summary>
    public string UndatedWithin { get; init; } = string.Empty;

    /// <summary>Patterns of a window in running text: <c>{start}</c> and <c>{end}</c>, or <c>{date}</c>.</summary>
    public string Between { get; init; } = string.Empty;

    public string NotBefore { get; init; } = string.Empty;

    public string NotAfter { get; init; } = string.Empty;

    /// <summary>A day of the month as dates print it: "1er" for the first in French, the number otherwise.</summary>
    public string DayNumber(int day) => day == 1 ? FirstDay : day.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Season names.</summary>
public sealed class SeasonWords
{
    public string Spring { get; init; } = string.Empty;

    public string Summer { get; init; } = string.Empty;

    public string Autumn { get; init; } = string.Empty;

    public string Winter { get; init; } = string.Empty;

    public string Name(BriefBuilder.Dates.Season season) => season switch
    {
        BriefBuilder.Dates.Season.Spring => Spring,
        BriefBuilder.Dates.Season.Summer => Summer,
        BriefBuilder.Dates.Season.Autumn => Autumn,
        BriefBuilder.Dates.Season.Winter => Winter,
        _ => throw new ArgumentOutOfRangeException(nameof(season), season, null),
    };
}
