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

        // Every share is tried on every row; each cell's text is shaped once for all of them.
        double[] shares = [preferred, .. Shares];
        var totals = Lines(context, width, rows, shares);
        var (best, fewest) = (preferred, totals[0]);
        for (var k = 1; k < shares.Length; k++)
        {
            var (share, lines) = (shares[k], totals[k]);
            if (lines < fewest || (lines == fewest && Math.Abs(share - preferred) < Math.Abs(best - preferred)))
            {
                (best, fewest) = (share, lines);
            }
        }

        return best;
    }

    // The rows' lines in total at each share: a row is as tall as its tallest cell.
    private static int[] Lines(BriefContext context, double width, IReadOnlyList<(IReadOnlyList<Span> Speaker, IReadOnlyList<IReadOnlyList<Span>> Position, int OtherLines)> rows, double[] shares)
    {
        var speakerWidths = shares.Select(share => (width * share) - Padding).ToList();
        var positionWidths = shares.Select(share => (width * (1 - share)) - Padding).ToList();
        var totals = new int[shares.Length];

        // A speaker is named alike on many rows: each distinct name is measured once (the same spans break alike).
        var speakers = new Dictionary<IReadOnlyList<Span>, int[]>(SpanSequence.Comparer);
        foreach (var row in rows)
        {
            if (!speakers.TryGetValue(row.Speaker, out var speaker))
            {
                speaker = context.Widths.Lines(row.Speaker, speakerWidths);
                speakers.Add(row.Speaker, speaker);
            }

            var position = new int[shares.Length];
            foreach (var part in row.Position)
            {
                var lines = context.Widths.Lines(part, positionWidths);
                for (var k = 0; k < shares.Length; k++)
                {
                    position[k] += lines[k];
                }
            }

            for (var k = 0; k < shares.Length; k++)
            {
                totals[k] += Math.Max(row.OtherLines, Math.Max(speaker[k], position[k]));
            }
        }

        return totals;
    }
}
