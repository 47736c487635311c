namespace BriefBuilder.Workbooks.Cells;

/// <summary>One stored row: its number, whether it is hidden, and its cells by column.</summary>
internal sealed class SheetRow(int number, bool hidden)
{
    private readonly Dictionary<int, SheetCell> _cells = [];

    public int Number { get; } = number;

    public bool Hidden { get; } = hidden;

    /// <summary>The cells that hold something, left to right.</summary>
    public IEnumerable<SheetCell> Cells => _cells.Values.Where(c => !c.IsEmpty).OrderBy(c => c.Address.Column);

    public bool IsEmpty => _cells.Values.All(c => c.IsEmpty);

    public SheetCell this[int column] =>
        _cells.TryGetValue(column, out var cell) ? cell : SheetCell.Empty(new CellAddress(Number, column));

    internal void Set(SheetCell cell) => _cells[cell.Address.Column] = cell;
}
