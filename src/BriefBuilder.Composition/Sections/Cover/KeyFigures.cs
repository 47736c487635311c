using BriefBuilder.Composition.Dates;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Cover;

/// <summary>The key-figures line: "31 statements by 27 speakers and institutions, 11 dated (29 September 2023 to
/// 15 April 2024) and 20 undated". The period comes from dated statements only.</summary>
internal static class KeyFigures
{
    public static string Line(BriefContext context)
    {
        var claims = context.Selection.Claims;
        var language = context.Language;
        return TextPattern.Fill(
            context.Labels.KeyFigures,
            ("statements", Statements(context)),
            ("speakers", language.Quantity(SpeakerCount(claims), language.Nouns.Speaker)),
            ("period", Period(context, claims)));
    }

    // "31 statements"; "18 of 31 statements" when the brief was fitted to its page budget.
    private static string Statements(BriefContext context)
    {
        var (language, selection) = (context.Language, context.Selection);
        var statements = language.Quantity(selection.Chosen.Count, language.Nouns.Statement);
        return selection.IsFitted
            ? TextPattern.Fill(context.Labels.KeyFiguresFitted, ("shown", language.Number(selection.Claims.Count)), ("statements", statements))
            : statements;
    }

    /// <summary>Distinct voices: each named speaker once, and each institution that spoke without a named speaker once.</summary>
    public static int SpeakerCount(IEnumerable<Claim> claims)
    {
        var voices = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var claim in claims)
        {
            if (claim.SpeakerIds.Count == 0)
            {
                voices.Add("institution:" + claim.InstitutionId);
            }

            foreach (var speaker in claim.SpeakerIds)
            {
                voices.Add("person:" + speaker);
            }
        }

        return voices.Count;
    }

    /// <summary>From the earliest dated claim's start to the latest dated claim's end, each as precise as its record,
    /// then, when some are undated, how many are dated and how many not (so the period is not read as every statement's);
    /// "all undated" when none is dated.</summary>
    public static string Period(BriefContext context, IReadOnlyList<Claim> claims)
    {
        var dated = claims.Where(c => c.IsDated).ToList();
        var undated = claims.Count - dated.Count;
        var labels = context.Labels;
        if (dated.Count == 0)
        {
            return undated == 0 ? string.Empty : labels.KeyFiguresAllUndated;
        }

        var first = dated.MinBy(c => DatePlacement.SortKey(c.Date!))!.Date!;
        var last = dated.MaxBy(c => (DatePlacement.LastKnown(c.Date!), DatePlacement.FirstKnown(c.Date!)))!.Date!;
        var period = context.Dates.Prose(context.Dates.Format(first.Start ?? first.End!), context.Dates.Format(last.End ?? last.Start!));
        return undated == 0 ? period : TextPattern.Fill(
            labels.KeyFiguresUndated,
            ("dated", context.Language.Quantity(dated.Count, context.Language.Nouns.Dated)),
            ("period", period),
            ("undated", context.Language.Quantity(undated, context.Language.Nouns.Undated)));
    }
}
