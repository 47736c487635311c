using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Table;

/// <summary>A cell at its place in the grid: the row it starts in, its first column, and how far it spans.</summary>
internal sealed record PlacedCell(int Row, int Column, int RowSpan, int ColumnSpan, TableCell Cell);

/// <summary>Places cells in the grid (a cell takes the next free column of its row, skipping places taken by row spans
/// from above) and groups rows into bands no row span crosses, the units that move or split across pages.</summary>
internal static class TablePlanner
{
    public static List<List<PlacedCell>> Place(IReadOnlyList<TableRow> rows, int columns)
    {
        var taken = new List<bool[]>();
        var placed = new List<List<PlacedCell>>();
        for (var r = 0; r < rows.Count; r++)
        {
            while (taken.Count <= r)
            {
                taken.Add(new bool[columns]);
            }

            var cells = new List<PlacedCell>();
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (column < columns && taken[r][column])
                {
                    column++;
                }

                var rowSpan = Math.Max(1, Math.Min(cell.RowSpan, rows.Count - r));
                var columnSpan = Math.Max(1, Math.Min(cell.ColumnSpan, columns - column));
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    while (taken.Count <= r + dr)
                    {
                        taken.Add(new bool[columns]);
                    }

                    for (var dc = 0; dc < columnSpan && column + dc < columns; dc++)
                    {
                        taken[r + dr][column + dc] = true;
                    }
                }

                cells.Add(new PlacedCell(r, column, rowSpan, columnSpan, cell));
                column += columnSpan;
            }

            placed.Add(cells);
        }

        return placed;
    }

    /// <summary>Consecutive rows [First, Last] such that no row span reaches past Last.</summary>
    public static List<(int First, int Last)> Bands(List<List<PlacedCell>> rows)
    {
        var bands = new List<(int, int)>();
        var first = 0;
        var reach = -1;
        for (var r = 0; r < rows.Count; r++)
        {
            reach = Math.Max(reach, r);
            foreach (var cell in rows[r])
            {
                reach = Math.Max(reach, r + cell.RowSpan - 1);
            }

            if (reach == r)
            {
                bands.Add((first, r));
                first = r + 1;
            }
        }

        return bands;
    }
}
