using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Apa;

/// <summary>Dates in APA 7: the year for books, reports and journals, year and month and day for the rest (APA 9.14).</summary>
internal static class ApaDates
{
    /// <summary>"2023", "2023a", "n.d." (APA 9.17) or "ca. 2019" for an approximate year.</summary>
    public static string Year(CslDate? issued, Disambiguation disambiguation)
    {
        var suffix = disambiguation.YearSuffixLetters;
        if (issued is null)
        {
            return suffix.Length == 0 ? "n.d." : $"n.d.-{suffix}";
        }

        var years = (issued.Literal ?? DateRanges.Years(issued)) + suffix;
        return issued.Circa ? $"ca. {years}" : years;
    }

    /// <summary>"2023, October 5" for works dated to the day, the year alone for those that are not (APA 9.14).</summary>
    public static string Full(CslItem item, Disambiguation disambiguation)
    {
        var year = Year(item.Issued, disambiguation);
        return ShowsMonthAndDay(item) && item.Issued is { Literal: null } issued && DateRanges.MonthAndDay(issued) is { } monthDay
            ? $"{year}, {monthDay}"
            : year;
    }

    /// <summary>"Retrieved January 15, 2024, from", for an undated page that may change (APA 9.16).</summary>
    public static string? Retrieved(CslItem item) =>
        item.Issued is null && item.Accessed is { Literal: null } accessed ? $"Retrieved {DateRanges.Full(accessed.Start)}, from" : null;

    private static bool ShowsMonthAndDay(CslItem item) =>
        item.Type is not (CslType.ArticleJournal or CslType.Article or CslType.Report or CslType.Book);
}
