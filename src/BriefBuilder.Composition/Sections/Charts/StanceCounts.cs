using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Styling;

namespace BriefBuilder.Composition.Sections.Charts;

/// <summary>How many selected claims take each stance, in the Stances order.</summary>
internal static class StanceCounts
{
    public static IReadOnlyList<(StanceLook Look, int Count)> Of(BriefContext context) =>
    [
        .. context.Palette.Looks
            .Where(look => context.Selection.Stances.Contains(look.Stance))
            .Select(look => (look, context.Selection.ClaimsOf(look.Stance).Count())),
    ];

    /// <summary>"A: 16 (52%), B: 15 (48%)" with the language's list words and percent sign.</summary>
    public static string Text(BriefContext context)
    {
        var counts = Of(context);
        var total = counts.Sum(c => c.Count);
        return context.Language.List(counts.Select(c => TextPattern.Fill(
            context.Labels.StanceCount,
            ("stance", c.Look.Stance.Label),
            ("count", context.Language.Number(c.Count)),
            ("percent", context.Language.Percent(c.Count, total)))));
    }
}
