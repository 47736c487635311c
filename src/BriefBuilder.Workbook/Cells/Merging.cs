using System.Globalization;
using BriefBuilder.Diagnostics;
using BriefBuilder.Workbooks.Opening;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>Gives every cell of a merged range the value of the range's top-left cell, the only one Excel stores,
/// so a source merged down three claims' rows is cited by all three.</summary>
internal static class Merging
{
    /// <summary>Spreads each range over the stored area and returns the ranges that touched it. The area the ranges
    /// cover is counted from their corners, before any cell is made, and refused past the limit.</summary>
    public static IReadOnlyList<CellRange> Spread(SortedDictionary<int, SheetRow> rows, IReadOnlyList<CellRange> merges, ReadLimits limits, string sheet)
    {
        if (rows.Count == 0 || merges.Count == 0)
        {
            return [];
        }

        // A range is cut to the rows and columns that hold anything, so merging a whole column costs nothing.
        var lastRow = rows.Keys.Max();
        var lastColumn = rows.Values.SelectMany(r => r.Cells).Select(c => c.Address.Column).DefaultIfEmpty(0).Max();
        var clipped = merges
            .Where(range => range.First.Row <= lastRow && range.First.Column <= lastColumn)
            .Select(range => (Range: range, Area: new CellRange(range.First, new CellAddress(Math.Min(range.Last.Row, lastRow), Math.Min(range.Last.Column, lastColumn)))))
            .ToList();
        var area = clipped.Sum(c => c.Area.Count);
        if (area > limits.MergedCells)
        {
            throw new LimitExceededException(string.Create(CultureInfo.InvariantCulture, $"the sheet's merged ranges cover {area:N0} cells holding data (the largest is {clipped.MaxBy(c => c.Area.Count).Range}), more than a sheet may ({LimitText.HowToRaise(ReadLimits.MergedCellsName, limits.MergedCells)})"), sheet);
        }

        foreach (var (range, covered) in clipped)
        {
            var anchor = rows.TryGetValue(range.First.Row, out var anchorRow) ? anchorRow[range.First.Column] : SheetCell.Empty(range.First);
            foreach (var address in covered.Cells().Where(a => a != range.First))
            {
                if (!rows.TryGetValue(address.Row, out var row))
                {
                    row = new SheetRow(address.Row, hidden: false, []);
                    rows[address.Row] = row;
                }

                row.Set(anchor with { Address = address, MergedFrom = range.First });
            }
        }

        return [.. clipped.Select(c => c.Range)];
    }
}
