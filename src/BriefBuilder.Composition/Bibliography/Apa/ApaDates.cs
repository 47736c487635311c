using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Text;
using BriefBuilder.Composition.Localization;

namespace BriefBuilder.Composition.Bibliography.Apa;

/// <summary>Dates in APA 7: the year for books, reports and journals, year and month and day for the rest (APA 9.14).</summary>
internal static class ApaDates
{
    /// <summary>"2023", "2023a", "n.d." (APA 9.17) or "ca. 2019" for an approximate year.</summary>
    public static string Year(CslDate? issued, Disambiguation disambiguation, BibliographyLocale locale)
    {
        var suffix = disambiguation.YearSuffixLetters;
        if (issued is null)
        {
            return suffix.Length == 0 ? locale.Words.NoDate : $"{locale.Words.NoDate}-{suffix}";
        }

        var years = (issued.Literal ?? DateRanges.Years(issued)) + suffix;
        return issued.Circa ? TextPattern.Fill(locale.Words.Circa, ("year", years)) : years;
    }

    /// <summary>"2023, October 5" for works dated to the day, the year alone for those that are not (APA 9.14).</summary>
    public static string Full(CslItem item, Disambiguation disambiguation, BibliographyLocale locale)
    {
        var year = Year(item.Issued, disambiguation, locale);
        return ShowsMonthAndDay(item) && item.Issued is { Literal: null } issued && DateRanges.MonthAndDay(issued, locale) is { } monthDay
            ? $"{year}, {monthDay}"
            : year;
    }

    /// <summary>"Retrieved January 15, 2024, from", for an undated page that may change (APA 9.16).</summary>
    public static string? Retrieved(CslItem item, BibliographyLocale locale) =>
        item.Issued is null && item.Accessed is { Literal: null } accessed
            ? locale.Dated(locale.Words.Retrieved, accessed.Start, DateRanges.Full(accessed.Start, locale))
            : null;

    private static bool ShowsMonthAndDay(CslItem item) =>
        item.Type is not (CslType.ArticleJournal or CslType.Article or CslType.Report or CslType.Book);
}
