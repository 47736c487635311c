namespace BriefBuilder.Layout.Layout.Table;

/// <summary>A band placed on a page: its rows' heights, the room its cells were measured in, and whether it was split
/// (its single row continues on the next page).</summary>
internal sealed record BandPlacement(int Band, double[] Heights, double Room, bool AtPageTop, bool Split);

/// <summary>Measures bands of rows: row heights from the cells that start in each row, row-spanning cells adding any
/// height they lack to the last row they span.</summary>
internal static class TableBands
{
    /// <summary>Heights of the rows [first, first + count) if every cell fits whole in the room; null otherwise.</summary>
    public static double[]? MeasureWhole(Func<int, TableRowCells> rows, int first, int count, double[] widths, double room, bool atPageTop, double minimumRow)
    {
        var heights = new double[count];
        List<(int Row, TableCellNode Cell, double Height)>? spanning = null;
        var top = 0.0;
        for (var r = 0; r < count; r++)
        {
            var drew = false;
            foreach (var cell in rows(first + r).Cells)
            {
                var plan = cell.Measure(WidthOf(cell.Place, widths), Math.Max(0, room - top), atPageTop);
                if (plan.Kind is PlanKind.Wrap or PlanKind.PartialRender)
                {
                    return null;
                }

                drew |= plan.Kind == PlanKind.FullRender;
                if (cell.Place.RowSpan == 1)
                {
                    heights[r] = Math.Max(heights[r], plan.Height);
                }
                else
                {
                    (spanning ??= []).Add((r, cell, plan.Height));
                }
            }

            if (!drew && heights[r] == 0)
            {
                heights[r] = minimumRow;
            }

            top += heights[r];
        }

        if (spanning is not null)
        {
            foreach (var (row, cell, height) in spanning)
            {
                var last = Math.Min(count - 1, row + cell.Place.RowSpan - 1);
                var have = heights.Skip(row).Take(last - row + 1).Sum();
                if (height > have)
                {
                    heights[last] += height - have;
                }
            }
        }

        return heights.Sum() <= room + 1e-6 ? heights : null;
    }

    /// <summary>The height of a single row split at the room's foot: the tallest part any cell can draw; null when no cell can draw anything.</summary>
    public static double? MeasureSplit(TableRowCells row, double[] widths, double room, bool atPageTop)
    {
        var height = 0.0;
        var any = false;
        foreach (var cell in row.Cells)
        {
            var plan = cell.Measure(WidthOf(cell.Place, widths), room, atPageTop);
            if (plan.Draws)
            {
                any = true;
                height = Math.Max(height, plan.Height);
            }
        }

        return any ? height : null;
    }

    public static double WidthOf(PlacedCell place, double[] widths)
    {
        var width = 0.0;
        for (var c = place.Column; c < place.Column + place.ColumnSpan && c < widths.Length; c++)
        {
            width += widths[c];
        }

        return width;
    }

    public static double LeftOf(PlacedCell place, double[] widths)
    {
        var left = 0.0;
        for (var c = 0; c < place.Column; c++)
        {
            left += widths[c];
        }

        return left;
    }
}
