namespace BriefBuilder.Workbooks.Cells;

/// <summary>Gives every cell of a merged range the value of the range's top-left cell, the only one Excel stores,
/// so a source merged down three claims' rows is cited by all three.</summary>
internal static class Merging
{
    /// <summary>Spreads each range over the stored area and returns the ranges that touched it.</summary>
    public static IReadOnlyList<CellRange> Spread(SortedDictionary<int, SheetRow> rows, IReadOnlyList<CellRange> merges)
    {
        if (rows.Count == 0 || merges.Count == 0)
        {
            return [];
        }

        // A range is cut to the rows and columns that hold anything, so merging a whole column costs nothing.
        var lastRow = rows.Keys.Max();
        var lastColumn = rows.Values.SelectMany(r => r.Cells).Select(c => c.Address.Column).DefaultIfEmpty(0).Max();
        var spread = new List<CellRange>();
        foreach (var range in merges)
        {
            if (range.First.Row > lastRow || range.First.Column > lastColumn)
            {
                continue;
            }

            var anchor = rows.TryGetValue(range.First.Row, out var anchorRow) ? anchorRow[range.First.Column] : SheetCell.Empty(range.First);
            var clipped = new CellRange(range.First, new CellAddress(Math.Min(range.Last.Row, lastRow), Math.Min(range.Last.Column, lastColumn)));
            foreach (var address in clipped.Cells().Where(a => a != range.First))
            {
                if (!rows.TryGetValue(address.Row, out var row))
                {
                    row = new SheetRow(address.Row, hidden: false, []);
                    rows[address.Row] = row;
                }

                row.Set(anchor with { Address = address, MergedFrom = range.First });
            }

            spread.Add(range);
        }

        return spread;
    }
}
