namespace BriefBuilder.Composition.Localization;

/// <summary>Every fixed word of a brief in one language, as read from <c>Languages/&lt;code&gt;.yaml</c>.</summary>
public sealed class LanguagePack
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public NumberWords Numbers { get; set; } = new();

    /// <summary>The word joining the last two items of a list.</summary>
    public string And { get; set; } = string.Empty;

    /// <summary>Whether a count of 0 takes the singular (CLDR plural category "one" for French and Armenian).</summary>
    public bool ZeroIsSingular { get; set; }

    public string QuoteOpen { get; set; } = string.Empty;

    public string QuoteClose { get; set; } = string.Empty;

    /// <summary>The quotation marks of a quotation within a quotation.</summary>
    public string InnerQuoteOpen { get; set; } = string.Empty;

    public string InnerQuoteClose { get; set; } = string.Empty;

    public NounWords Nouns { get; set; } = new();

    public DateWords Dates { get; set; } = new();

    public LabelWords Labels { get; set; } = new();

    public BibliographyWords Bibliography { get; set; } = new();

    /// <summary>Plural headings of a bibliography split by source type, by SourceType name.</summary>
    public Dictionary<string, string> SourceTypeTitles { get; set; } = [];

    /// <summary>Enum labels by enum type name, then value name; a missing one is humanised from the value's name.</summary>
    public Dictionary<string, Dictionary<string, string>> Enums { get; set; } = [];
}

/// <summary>How numbers are written: separators and the percent pattern.</summary>
public sealed class NumberWords
{
    public string GroupSeparator { get; set; } = string.Empty;

    public string DecimalSeparator { get; set; } = string.Empty;

    /// <summary>Pattern with <c>{value}</c>.</summary>
    public string Percent { get; set; } = string.Empty;
}

/// <summary>A noun's singular and plural, as a count needs them.</summary>
public sealed class NounForms
{
    public string One { get; set; } = string.Empty;

    public string Other { get; set; } = string.Empty;
}

/// <summary>The nouns a brief counts.</summary>
public sealed class NounWords
{
    public NounForms Statement { get; set; } = new();

    public NounForms Speaker { get; set; } = new();

    public NounForms Event { get; set; } = new();

    public NounForms Source { get; set; } = new();

    public NounForms Person { get; set; } = new();

    public NounForms Institution { get; set; } = new();

    public NounForms Correction { get; set; } = new();
}

/// <summary>Month and season names and the patterns of date labels.</summary>
public sealed class DateWords
{
    public List<string> Months { get; set; } = [];

    public List<string> MonthsInDate { get; set; } = [];

    public List<string> MonthsShort { get; set; } = [];

    public SeasonWords Seasons { get; set; } = new();

    public string FirstDay { get; set; } = string.Empty;

    public string Day { get; set; } = string.Empty;

    public string DayRange { get; set; } = string.Empty;

    /// <summary>A day named in running text, where a language wants an article: French "le {date}".</summary>
    public string OnDay { get; set; } = "{date}";

    public string DayMonth { get; set; } = string.Empty;

    public string Month { get; set; } = string.Empty;

    public string Season { get; set; } = string.Empty;

    public string Year { get; set; } = string.Empty;

    public string Decade { get; set; } = string.Empty;

    public string Century { get; set; } = string.Empty;

    public string Approximate { get; set; } = string.Empty;

    public string Uncertain { get; set; } = string.Empty;

    public string Range { get; set; } = string.Empty;

    public string RangeInProse { get; set; } = string.Empty;

    public string FromDay { get; set; } = string.Empty;

    public string From { get; set; } = string.Empty;

    public string UntilDay { get; set; } = string.Empty;

    public string Until { get; set; } = string.Empty;

    public string Unknown { get; set; } = string.Empty;

    /// <summary>The label of a statement the record gives no date of its own.</summary>
    public string Undated { get; set; } = string.Empty;

    /// <summary>Pattern with <c>{window}</c>: an undated statement with the window it falls in.</summary>
    public string UndatedWithin { get; set; } = string.Empty;

    /// <summary>Patterns of a window in running text: <c>{start}</c> and <c>{end}</c>, or <c>{date}</c>.</summary>
    public string Between { get; set; } = string.Empty;

    public string NotBefore { get; set; } = string.Empty;

    public string NotAfter { get; set; } = string.Empty;

    /// <summary>A day of the month as dates print it: "1er" for the first in French, the number otherwise.</summary>
    public string DayNumber(int day) => day == 1 ? FirstDay : day.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Season names.</summary>
public sealed class SeasonWords
{
    public string Spring { get; set; } = string.Empty;

    public string Summer { get; set; } = string.Empty;

    public string Autumn { get; set; } = string.Empty;

    public string Winter { get; set; } = string.Empty;

    public string Name(BriefBuilder.Dates.Season season) => season switch
    {
        BriefBuilder.Dates.Season.Spring => Spring,
        BriefBuilder.Dates.Season.Summer => Summer,
        BriefBuilder.Dates.Season.Autumn => Autumn,
        BriefBuilder.Dates.Season.Winter => Winter,
        _ => throw new ArgumentOutOfRangeException(nameof(season), season, null),
    };
}
