namespace BriefBuilder.Workbooks.Cells;

/// <summary>One stored row: its number, whether it is hidden, and its cells by column.</summary>
internal sealed class SheetRow
{
    // Ordered by column, one cell per column. Sheets store cells left to right, so setting one is nearly always
    // an append, and finding one a short binary search.
    private readonly List<SheetCell> _cells;

    /// <summary>A row of the cells given, set left to right as <see cref="Set"/> sets them.</summary>
    public SheetRow(int number, bool hidden, IReadOnlyCollection<SheetCell> cells)
    {
        Number = number;
        Hidden = hidden;
        _cells = new List<SheetCell>(cells.Count);
        foreach (var cell in cells)
        {
            Set(cell);
        }
    }

    public int Number { get; }

    public bool Hidden { get; }

    /// <summary>The cells that hold something, left to right.</summary>
    public IEnumerable<SheetCell> Cells => _cells.Where(c => !c.IsEmpty);

    public bool IsEmpty => _cells.TrueForAll(c => c.IsEmpty);

    public SheetCell this[int column]
    {
        get
        {
            var index = IndexOf(column);
            return index >= 0 ? _cells[index] : SheetCell.Empty(new CellAddress(Number, column));
        }
    }

    /// <summary>Puts a cell in its column, in place of any cell set there before.</summary>
    internal void Set(SheetCell cell)
    {
        var column = cell.Address.Column;
        if (_cells.Count == 0 || _cells[^1].Address.Column < column)
        {
            _cells.Add(cell);
            return;
        }

        var index = IndexOf(column);
        if (index >= 0)
        {
            _cells[index] = cell;
        }
        else
        {
            _cells.Insert(~index, cell);
        }
    }

    // The cell's index when the column has one, else the bitwise complement of where it would go.
    private int IndexOf(int column)
    {
        var low = 0;
        var high = _cells.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var found = _cells[middle].Address.Column;
            if (found == column)
            {
                return middle;
            }

            if (found < column)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }
}
