using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Table;

/// <summary>A table's column widths for the width it is offered, remembered until that width changes or the layout
/// restarts; the layout's <see cref="TableWidths"/> keeps them across passes where the content cannot change.</summary>
internal sealed class TableColumnSizer(Elements.Table table, TableWidths known, Func<IEnumerable<TableCellNode>> cells)
{
    private readonly IReadOnlyList<Width> columns = table.Columns;
    private double _widthsFor = double.NaN;
    private double[] _widths = [];

    public double[] WidthsFor(double available)
    {
        if (!available.Equals(_widthsFor))
        {
            _widthsFor = available;
            _widths = known.For(table, available, () => ColumnWidths.Resolve(columns, Intrinsics(), available));
        }

        return _widths;
    }

    /// <summary>Forgets this pass's widths: the next pass asks <see cref="TableWidths"/>, which finds again those that
    /// follow content printing page numbers.</summary>
    public void Restart() => _widthsFor = double.NaN;

    /// <summary>The table's narrowest and widest width: its columns', summed (in a loop: a query over the pairs ran on
    /// code compiled at every start).</summary>
    public (double Min, double Max) IntrinsicTotal()
    {
        var column = Intrinsics();
        var (min, max) = (0.0, 0.0);
        for (var c = 0; c < columns.Count; c++)
        {
            var (narrowest, widest) = column(c);
            (min, max) = (min + narrowest, max + widest);
        }

        return (min, max);
    }

    // An auto column is as wide as its widest single-column cell (header included); a relative one no narrower than its
    // widest word. The cells are gathered only when a column asks (fixed columns never do), in one walk for all the
    // columns sized by content: the table makes its rows for the walk and lets them go, never holding every cell.
    private Func<int, (double Min, double Max)> Intrinsics()
    {
        (double Min, double Max)[]? byContent = null;
        (double Min, double Max)[]? fixedOnes = null;
        return c => SizedByContent(columns[c])
            ? (byContent ??= Widest(byContent: true))[c]
            : (fixedOnes ??= Widest(byContent: false))[c];
    }

    private (double Min, double Max)[] Widest(bool byContent)
    {
        var widest = new (double Min, double Max)[columns.Count];
        var seen = new bool[columns.Count];
        foreach (var cell in cells())
        {
            var c = cell.Place.Column;
            if (cell.Place.ColumnSpan != 1 || c >= columns.Count || SizedByContent(columns[c]) != byContent)
            {
                continue;
            }

            var (min, max) = cell.IntrinsicWidth();
            widest[c] = seen[c] ? (Math.Max(widest[c].Min, min), Math.Max(widest[c].Max, max)) : (min, max);
            seen[c] = true;
        }

        return widest;
    }

    private static bool SizedByContent(Width width) => width is AutoWidth or RelativeWidth;
}
