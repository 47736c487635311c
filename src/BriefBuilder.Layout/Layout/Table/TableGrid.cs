using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Table;

/// <summary>A cell at its place in the grid: the row it starts in, its first column, and how far it spans.</summary>
internal sealed record PlacedCell(int Row, int Column, int RowSpan, int ColumnSpan, TableCell Cell);

/// <summary>Where a table's cells sit in its grid (a cell takes the next free column of its row, skipping places taken
/// by row spans from above), kept as one column number a cell, and the bands: consecutive rows no row span crosses,
/// the units that move or split across pages. A row's placed cells are made when asked for, so a long table holds no
/// object per cell.</summary>
internal sealed class TableGrid
{
    private readonly IReadOnlyList<TableRow> _rows;
    private readonly int _columns;

    // The first column of each cell, row after row; _firstCell[r] is the index of row r's first cell there.
    private readonly int[] _columnOf;
    private readonly int[] _firstCell;

    public TableGrid(IReadOnlyList<TableRow> rows, int columns)
    {
        _rows = rows;
        _columns = columns;
        _firstCell = new int[rows.Count];
        var cells = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            _firstCell[r] = cells;
            cells += rows[r].Cells.Count;
        }

        _columnOf = new int[cells];

        // The last row each column is taken to by a row span from above.
        var takenTo = new int[columns];
        Array.Fill(takenTo, -1);
        var bands = new List<(int, int)>();
        var first = 0;
        var reach = -1;
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            var index = _firstCell[r];
            reach = Math.Max(reach, r);
            foreach (var cell in rows[r].Cells)
            {
                while (column < columns && takenTo[column] >= r)
                {
                    column++;
                }

                _columnOf[index++] = column;
                var rowSpan = RowSpanOf(cell, r);
                var columnSpan = ColumnSpanOf(cell, column);
                for (var c = column; c < column + columnSpan && c < columns; c++)
                {
                    takenTo[c] = Math.Max(takenTo[c], r + rowSpan - 1);
                }

                reach = Math.Max(reach, r + rowSpan - 1);
                column += columnSpan;
            }

            if (reach == r)
            {
                bands.Add((first, r));
                first = r + 1;
            }
        }

        Bands = bands;
    }

    /// <summary>Consecutive rows [First, Last] such that no row span reaches past Last.</summary>
    public List<(int First, int Last)> Bands { get; }

    public int RowCount => _rows.Count;

    public TableRow Row(int row) => _rows[row];

    /// <summary>The cells that start in the row, at their places.</summary>
    public PlacedCell[] CellsOf(int row)
    {
        var cells = _rows[row].Cells;
        var placed = new PlacedCell[cells.Count];
        for (var i = 0; i < placed.Length; i++)
        {
            var column = _columnOf[_firstCell[row] + i];
            placed[i] = new PlacedCell(row, column, RowSpanOf(cells[i], row), ColumnSpanOf(cells[i], column), cells[i]);
        }

        return placed;
    }

    private int RowSpanOf(TableCell cell, int row) => Math.Max(1, Math.Min(cell.RowSpan, _rows.Count - row));

    private int ColumnSpanOf(TableCell cell, int column) => Math.Max(1, Math.Min(cell.ColumnSpan, _columns - column));
}
