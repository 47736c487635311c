using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Table;

/// <summary>A table's column widths for the width it is offered, remembered until that width changes or, when some
/// columns are sized by their content, until the layout restarts (the content, page numbers say, may have changed).</summary>
internal sealed class TableColumnSizer(IReadOnlyList<Width> columns, Func<IEnumerable<TableCellNode>> cells)
{
    private readonly bool _autoWidths = columns.Any(c => c is AutoWidth or RelativeWidth);
    private double _widthsFor = double.NaN;
    private double[] _widths = [];

    public double[] WidthsFor(double available)
    {
        if (!available.Equals(_widthsFor))
        {
            _widthsFor = available;
            _widths = ColumnWidths.Resolve(columns, Intrinsics(), available);
        }

        return _widths;
    }

    /// <summary>Forgets widths that follow content (auto columns, and relative ones, which hold their widest word); fixed widths hold for the same width.</summary>
    public void Restart()
    {
        if (_autoWidths)
        {
            _widthsFor = double.NaN;
        }
    }

    // An auto column is as wide as its widest single-column cell (header included); a relative one no narrower than its
    // widest word. The cells are gathered only when a column asks: fixed columns never do.
    public List<Func<(double Min, double Max)>> Intrinsics()
    {
        List<TableCellNode>? single = null;
        return [.. Enumerable.Range(0, columns.Count).Select(c => (Func<(double, double)>)(() =>
        {
            single ??= [.. cells().Where(cell => cell.Place.ColumnSpan == 1)];
            var inColumn = single.Where(cell => cell.Place.Column == c).Select(cell => cell.IntrinsicWidth()).ToList();
            return inColumn.Count == 0 ? (0, 0) : (inColumn.Max(w => w.Min), inColumn.Max(w => w.Max));
        }))];
    }
}
