using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Table;

/// <summary>Paints a table's parts: a row's cells (their backgrounds, then their content) and the rules between rows.</summary>
internal static class TablePainter
{
    // Heights [from, end) are this row's and those below it that a row-spanning cell may cover (a header row covers its own).
    public static void Row(PageCanvas canvas, TableRowCells row, double[] heights, int from, int end, double x, double y, double[] widths, double room, bool atTop, string kind, Color? fill)
    {
        var height = heights[from];
        foreach (var cell in row.Cells)
        {
            var cellHeight = 0.0;
            for (var r = from; r < Math.Min(from + cell.Place.RowSpan, end); r++)
            {
                cellHeight += heights[r];
            }

            var left = x + TableBands.LeftOf(cell.Place, widths);
            var width = TableBands.WidthOf(cell.Place, widths);
            cell.PaintBackground(canvas, left, y, width, cellHeight, fill);
            cell.Draw(canvas, left, y, width, Math.Max(0, room), atTop);
        }

        if (canvas.WantsBoxes)
        {
            canvas.Box(kind, x, y, widths.Sum(), height, row.FirstWords);
        }
    }

    public static void Rule(PageCanvas canvas, Rule? rule, double x, double y, double width)
    {
        if (rule is { Thickness: > 0 } && !canvas.Dry)
        {
            canvas.Add(new LineOp(null, x, y, x + width, y, new Stroke(rule.Color, rule.Thickness)));
        }
    }
}
