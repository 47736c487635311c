using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Styling;

namespace BriefBuilder.Composition.Sections.Charts;

/// <summary>How many selected claims take each stance, in the Stances order.</summary>
internal static class StanceCounts
{
    public static IReadOnlyList<StanceCount> Of(BriefContext context) =>
    [
        .. context.Palette.Looks
            .Where(look => context.Selection.Stances.Contains(look.Stance))
            .Select(look => new StanceCount(look, context.Selection.ClaimsOf(look.Stance).Count())),
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

/// <summary>A stance's look and how many selected claims take it. A class, not a value tuple: queries over tuples ran on
/// code the runtime compiled at every start.</summary>
internal sealed record StanceCount(StanceLook Look, int Count);
