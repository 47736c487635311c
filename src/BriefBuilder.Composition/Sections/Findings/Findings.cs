using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Sections.Charts;
using BriefBuilder.Composition.Sections.Cover;

namespace BriefBuilder.Composition.Sections.Findings;

/// <summary>Sentences computed from the selection, never from prose the selection may not match: how many statements
/// of each stance, which are undated, what an as-of date left out, whose the stances are.</summary>
internal static class Findings
{
    /// <summary>"31 statements — Skeptical / Denialist: 12 (39%) and Accusatory / Affirmative: 19 (61%)."</summary>
    public static string ByStance(BriefContext context)
    {
        var language = context.Language;
        return TextPattern.Fill(
            context.Labels.FindingsByStance,
            ("statements", language.Quantity(context.Selection.Claims.Count, language.Nouns.Statement)),
            ("counts", StanceCounts.Text(context)));
    }

    /// <summary>How many statements are undated and the span of the dated ones; empty when every statement is dated.</summary>
    public static string Undated(BriefContext context)
    {
        var claims = context.Selection.Claims;
        var undated = claims.Count(c => !c.IsDated);
        if (undated == 0)
        {
            return string.Empty;
        }

        var language = context.Language;
        var period = KeyFigures.Period(context, [.. claims.Where(c => c.IsDated)]);
        return undated == claims.Count
            ? context.Labels.FindingsAllUndated
            : TextPattern.Fill(
                context.Labels.FindingsUndated,
                ("undated", language.Number(undated)),
                ("statements", language.Quantity(claims.Count, language.Nouns.Statement)),
                ("period", period));
    }

    /// <summary>The statements an as-of date left out because the record does not date them on or before it; empty when none.</summary>
    public static string LeftOut(BriefContext context)
    {
        var selection = context.Selection;
        if (selection.LeftOutByAsOf == 0 || selection.Criteria.AsOf is not { } asOf)
        {
            return string.Empty;
        }

        var language = context.Language;
        return TextPattern.Fill(
            context.Labels.FindingsLeftOut,
            ("statements", language.Quantity(selection.LeftOutByAsOf, language.Nouns.Statement)),
            ("date", context.Dates.Day(asOf)));
    }

    /// <summary>The bottom line of a narrowed selection (a year, an as-of date, filters), where the curator's summary,
    /// written about the whole record, would give other numbers than the brief.</summary>
    public static IEnumerable<string> BottomLine(BriefContext context)
    {
        // A year's paragraph already says how many undated statements may fall in the year.
        var year = context.Selection.Criteria.Year is not null;
        yield return year ? YearInReview.Paragraph(context) : ByStance(context);
        foreach (var sentence in new[] { year ? string.Empty : Undated(context), LeftOut(context) })
        {
            if (sentence.Length > 0)
            {
                yield return sentence;
            }
        }
    }
}
