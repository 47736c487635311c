namespace BriefBuilder.Composition.Localization;

/// <summary>
/// The fixed words and date patterns of a reference list and its citations in one language, as a CSL locale
/// gives them to a style ("n.d.", "et al.", "Accessed {date}"); the titles and names of sources are never translated.
/// </summary>
public sealed class BibliographyWords
{
    /// <summary>In place of the year of an undated work.</summary>
    public string NoDate { get; init; } = string.Empty;

    /// <summary>The word before the last of several authors (Chicago; APA writes "&amp;" in every language).</summary>
    public string And { get; init; } = string.Empty;

    public string EtAl { get; init; } = string.Empty;

    /// <summary>An approximate year in APA, pattern with <c>{year}</c>.</summary>
    public string Circa { get; init; } = string.Empty;

    /// <summary>A year known to the decade, pattern with <c>{year}</c> (the decade's first year).</summary>
    public string Decade { get; init; } = string.Empty;

    /// <summary>A year known to the century, pattern with <c>{year}</c> (its first year), <c>{roman}</c> or <c>{ordinal}</c>.</summary>
    public string Century { get; init; } = string.Empty;

    /// <summary>The larger work a part appeared in, pattern with <c>{container}</c>.</summary>
    public string In { get; init; } = string.Empty;

    /// <summary>When an undated page was read (Chicago), pattern with <c>{date}</c>.</summary>
    public DatedPhrase Accessed { get; init; } = new();

    /// <summary>When an undated page was read (APA), before its URL; pattern with <c>{date}</c>.</summary>
    public DatedPhrase Retrieved { get; init; } = new();

    /// <summary>An archived copy after the URL in Chicago, pattern with <c>{url}</c>.</summary>
    public string ArchivedAt { get; init; } = string.Empty;

    /// <summary>An archived copy after the URL in APA, pattern with <c>{url}</c>.</summary>
    public string ArchivedCopy { get; init; } = string.Empty;

    /// <summary>A day within the year already given: <c>{month}</c> and <c>{day}</c>.</summary>
    public string MonthDay { get; init; } = string.Empty;

    /// <summary>Days of one month within the year already given: <c>{month}</c>, <c>{day}</c>, <c>{end-day}</c>.</summary>
    public string DayRange { get; init; } = string.Empty;

    /// <summary>A whole date, for access dates: <c>{month}</c>, <c>{day}</c>, <c>{year}</c>.</summary>
    public string FullDate { get; init; } = string.Empty;

    /// <summary>A month of a year, for access dates: <c>{month}</c>, <c>{year}</c>.</summary>
    public string MonthYear { get; init; } = string.Empty;

    /// <summary>Whether a period or comma after a closing quotation mark moves inside it (American usage; the CSL locale option).</summary>
    public bool PunctuationInQuote { get; init; }

    public GenreWords Genres { get; init; } = new();

    public LocatorWords Locators { get; init; } = new();
}

/// <summary>A phrase around a date, by how precisely the date is known ("consulté le 3 mai", "consulté en mai").</summary>
public sealed class DatedPhrase
{
    public string Day { get; init; } = string.Empty;

    public string Month { get; init; } = string.Empty;

    public string Year { get; init; } = string.Empty;
}

/// <summary>What kind of document a source is, where a style names it ("[Statement]", "Press briefing").</summary>
public sealed class GenreWords
{
    public string Statement { get; init; } = string.Empty;

    public string PressBriefing { get; init; } = string.Empty;

    public string Resolution { get; init; } = string.Empty;

    public string Interview { get; init; } = string.Empty;

    public string OnlinePost { get; init; } = string.Empty;
}

/// <summary>The labels of a claim's locator, short forms as the CSL locale gives them ("p.", "pp.", "para.").</summary>
public sealed class LocatorWords
{
    public NounForms Page { get; init; } = new();

    public NounForms Paragraph { get; init; } = new();
}
