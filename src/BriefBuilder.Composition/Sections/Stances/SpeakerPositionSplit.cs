using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Stances;

/// <summary>How a stance table shares its width between the Speaker and Position columns: measured, the share that
/// makes the rows shortest in total (a row is as tall as its tallest cell), so long roles beside short positions do not
/// make tall narrow rows, nor long positions beside short names.</summary>
internal static class SpeakerPositionSplit
{
    private const double Padding = 8;
    private static readonly double[] Shares = [.. Enumerable.Range(0, 12).Select(i => 0.2 + (i * 0.025))];

    /// <summary>The Speaker column's share of <paramref name="width"/> (the two columns' width in points, padding
    /// included); each row gives its speaker and position spans and the lines its other cells take.</summary>
    public static double Share(BriefContext context, double width, IReadOnlyList<(IReadOnlyList<Span> Speaker, IReadOnlyList<IReadOnlyList<Span>> Position, int OtherLines)> rows, double preferred)
    {
        if (rows.Count == 0 || width <= 4 * Padding)
        {
            return preferred;
        }

        var best = preferred;
        var fewest = Lines(context, width, rows, preferred);
        foreach (var share in Shares)
        {
            var lines = Lines(context, width, rows, share);
            if (lines < fewest || (lines == fewest && Math.Abs(share - preferred) < Math.Abs(best - preferred)))
            {
                (best, fewest) = (share, lines);
            }
        }

        return best;
    }

    private static int Lines(BriefContext context, double width, IReadOnlyList<(IReadOnlyList<Span> Speaker, IReadOnlyList<IReadOnlyList<Span>> Position, int OtherLines)> rows, double share)
    {
        var speakerWidth = (width * share) - Padding;
        var positionWidth = (width * (1 - share)) - Padding;
        return rows.Sum(row => Math.Max(
            row.OtherLines,
            Math.Max(context.Widths.Lines(row.Speaker, speakerWidth), row.Position.Sum(p => context.Widths.Lines(p, positionWidth)))));
    }
}
