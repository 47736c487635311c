using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Table;

/// <summary>A table's body rows for layout, made when the layout reaches them and let go once drawn: a long table holds
/// the nodes of the rows on the page under way, not of every row. Each pass makes them again from the same elements,
/// whose shaped text and line breaks the layout keeps (its shaping cache), so nothing is shaped or broken again.
/// A header folded into the body (taller than a page) comes first, printed once.</summary>
internal sealed class TableBody
{
    private readonly TableGrid _rows;
    private readonly TableGrid? _foldedHeader;
    private readonly StructNode? _table;
    private readonly NodeFactory _factory;
    private readonly Edges _padding;

    // The rows made and not yet let go: _made[0] is row _firstMade, the rest follow it in order.
    private readonly List<TableRowCells> _made = [];
    private int _firstMade;

    public TableBody(TableGrid rows, TableGrid? foldedHeader, StructNode? table, NodeFactory factory, Edges padding)
    {
        _rows = rows;
        _foldedHeader = foldedHeader;
        _table = table;
        _factory = factory;
        _padding = padding;
        var headerRows = foldedHeader?.RowCount ?? 0;
        Bands = foldedHeader is null ? rows.Bands : [.. foldedHeader.Bands, .. rows.Bands.Select(b => (b.First + headerRows, b.Last + headerRows))];
    }

    /// <summary>Consecutive rows [First, Last] such that no row span reaches past Last: the units that move or split across pages.</summary>
    public List<(int First, int Last)> Bands { get; }

    public int Count => (_foldedHeader?.RowCount ?? 0) + _rows.RowCount;

    /// <summary>The row, made now if the layout has not reached it; a row let go is made again without being kept.</summary>
    public TableRowCells this[int row]
    {
        get
        {
            if (row < _firstMade)
            {
                return Make(row);
            }

            while (_firstMade + _made.Count <= row)
            {
                _made.Add(Make(_firstMade + _made.Count));
            }

            return _made[row - _firstMade];
        }
    }

    /// <summary>Lets the rows before <paramref name="row"/> go: they are drawn, and this pass will not ask for them again.</summary>
    public void LetGoBefore(int row)
    {
        _made.RemoveRange(0, Math.Clamp(row - _firstMade, 0, _made.Count));
        _firstMade = Math.Max(_firstMade, row);
    }

    /// <summary>Lets every row go, for the next pass.</summary>
    public void Restart()
    {
        _made.Clear();
        _firstMade = 0;
    }

    /// <summary>Every cell, row by row: rows already made as they are, the others made for the walk and not kept.</summary>
    public IEnumerable<TableCellNode> EachCell()
    {
        for (var r = 0; r < Count; r++)
        {
            var row = r >= _firstMade && r < _firstMade + _made.Count ? _made[r - _firstMade] : Make(r);
            foreach (var cell in row.Cells)
            {
                yield return cell;
            }
        }
    }

    private TableRowCells Make(int row)
    {
        var headerRows = _foldedHeader?.RowCount ?? 0;
        return row < headerRows
            ? TableRowCells.Make(_foldedHeader!, row, -1, _table, header: true, _factory, _padding)
            : TableRowCells.Make(_rows, row - headerRows, row - headerRows, _table, header: false, _factory, _padding);
    }
}
