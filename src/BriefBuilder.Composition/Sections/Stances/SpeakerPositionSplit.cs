using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Stances;

/// <summary>How a stance table shares its width between the Speaker and Position columns: measured, the share that
/// makes the rows shortest in total (a row is as tall as its tallest cell), so long roles beside short positions do not
/// make tall narrow rows, nor long positions beside short names. A long table is measured on rows spread evenly through
/// it (<see cref="MeasuredRows"/>), whose best share is the table's too.</summary>
internal static class SpeakerPositionSplit
{
    /// <summary>The most rows measured: every row of the four 25,000-row tables of a 100,000-claim legislative brief,
    /// at 13 shares, took about six of its 33 seconds.</summary>
    public const int MeasuredRows = 1000;

    private const double Padding = 8;
    private static readonly double[] Shares = [.. Enumerable.Range(0, 12).Select(i => 0.2 + (i * 0.025))];

    /// <summary>The Speaker column's share of <paramref name="width"/> (the two columns' width in points, padding
    /// included) for a table of <paramref name="rowCount"/> rows; <paramref name="row"/> gives a row's speaker and position
    /// spans and the lines its other cells take, and is asked only for the rows measured.</summary>
    public static double Share(BriefContext context, double width, int rowCount, Func<int, SplitRow> row, double preferred)
    {
        if (rowCount == 0 || width <= 4 * Padding)
        {
            return preferred;
        }

        var rows = Spread(rowCount).Select(row).ToList();

        // Every share is tried on every row measured; each cell's text is shaped once for all of them.
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

    // At most MeasuredRows row numbers, evenly spaced from the first row, all of them in a shorter table.
    private static IEnumerable<int> Spread(int rowCount) =>
        rowCount <= MeasuredRows
            ? Enumerable.Range(0, rowCount)
            : Enumerable.Range(0, MeasuredRows).Select(i => (int)((long)i * rowCount / MeasuredRows));

    // The rows' lines in total at each share: a row is as tall as its tallest cell.
    private static int[] Lines(BriefContext context, double width, List<SplitRow> rows, double[] shares)
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

/// <summary>What the split measures of a stance table's row: its speaker and position spans, and the lines its other
/// cells take.</summary>
internal sealed record SplitRow(IReadOnlyList<Span> Speaker, IReadOnlyList<IReadOnlyList<Span>> Position, int OtherLines);
