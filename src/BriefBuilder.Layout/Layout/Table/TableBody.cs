using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Table;

/// <summary>A table's body rows for layout, made when the layout reaches them and let go once drawn (a
/// <see cref="NodeWindow{T}"/>), with the bands they form. A header folded into the body (taller than a page) comes
/// first, printed once.</summary>
internal sealed class TableBody
{
    private readonly TableGrid _rows;
    private readonly TableGrid? _foldedHeader;
    private readonly StructNode? _table;
    private readonly NodeFactory _factory;
    private readonly Edges _padding;
    private readonly int _headerRows;
    private readonly NodeWindow<TableRowCells> _window;

    public TableBody(TableGrid rows, TableGrid? foldedHeader, StructNode? table, NodeFactory factory, Edges padding)
    {
        _rows = rows;
        _foldedHeader = foldedHeader;
        _table = table;
        _factory = factory;
        _padding = padding;
        _headerRows = foldedHeader?.RowCount ?? 0;
        _window = new NodeWindow<TableRowCells>(_headerRows + rows.RowCount, Make);
        Bands = foldedHeader is null ? rows.Bands : [.. foldedHeader.Bands, .. rows.Bands.Select(b => (b.First + _headerRows, b.Last + _headerRows))];
    }

    /// <summary>Consecutive rows [First, Last] such that no row span reaches past Last: the units that move or split across pages.</summary>
    public List<(int First, int Last)> Bands { get; }

    public int Count => _window.Count;

    /// <summary>The row, made now if the layout has not reached it; a row let go is made again without being kept.</summary>
    public TableRowCells this[int row] => _window[row];

    /// <summary>Lets the rows before <paramref name="row"/> go: they are drawn, and this pass will not ask for them again.</summary>
    public void LetGoBefore(int row) => _window.LetGoBefore(row);

    /// <summary>Lets every row go, for the next pass.</summary>
    public void Restart() => _window.Restart();

    /// <summary>Every cell, row by row: rows already made as they are, the others made for the walk and not kept.</summary>
    public IEnumerable<TableCellNode> EachCell() => _window.Each().SelectMany(row => row.Cells);

    private TableRowCells Make(int row) => row < _headerRows
        ? TableRowCells.Make(_foldedHeader!, row, -1, _table, header: true, _factory, _padding)
        : TableRowCells.Make(_rows, row - _headerRows, row - _headerRows, _table, header: false, _factory, _padding);
}
