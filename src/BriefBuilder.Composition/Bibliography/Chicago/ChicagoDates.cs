using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Chicago;

/// <summary>Dates in Chicago author-date: the year after the author, the month and day with the source (CMOS 13.102, 13.112).</summary>
internal static class ChicagoDates
{
    /// <summary>"2023", "2023a", "2021–2022", "n.d." or "[2019?]" for a guessed-at year (CMOS 14.44).</summary>
    public static string Year(CslDate? issued, Disambiguation disambiguation, BibliographyLocale locale)
    {
        var suffix = disambiguation.YearSuffixLetters;
        if (issued is null)
        {
            return suffix.Length == 0 ? locale.Words.NoDate : $"{locale.Words.NoDate}-{suffix}";
        }

        var years = issued.Literal ?? DateRanges.Years(issued);
        return issued.Circa ? $"[{years}{suffix}?]" : years + suffix;
    }

    /// <summary>The month and day printed with the source, or null when only the year is known.</summary>
    public static string? MonthAndDay(CslDate? issued, BibliographyLocale locale) =>
        issued is null || issued.Literal is not null ? null : DateRanges.MonthAndDay(issued, locale);

    /// <summary>"Accessed January 15, 2024", given only for undated sources, as the CSL style does.</summary>
    public static string? Accessed(CslItem item, BibliographyLocale locale) =>
        item.Issued is null && item.Accessed is { Literal: null } accessed
            ? locale.Dated(locale.Words.Accessed, accessed.Start, DateRanges.Full(accessed.Start, locale))
            : null;
}
