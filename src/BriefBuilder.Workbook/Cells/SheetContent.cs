namespace BriefBuilder.Workbooks.Cells;

/// <summary>Everything read from one worksheet: its rows, hidden columns and merged ranges, merges already
/// spread so that every covered cell holds its range's value, and the problems found at its cells while reading.</summary>
internal sealed class SheetContent(string name, bool hidden, IReadOnlyList<SheetRow> rows, ColumnSet hiddenColumns, IReadOnlyList<CellRange> merges, IReadOnlyList<CellProblem> problems)
{
    /// <summary>The sheet's name as the workbook spells it.</summary>
    public string Name { get; } = name;

    /// <summary>Whether the sheet is hidden (or very hidden) in Excel.</summary>
    public bool Hidden { get; } = hidden;

    /// <summary>Stored rows, top to bottom.</summary>
    public IReadOnlyList<SheetRow> Rows { get; } = rows;

    public ColumnSet HiddenColumns { get; } = hiddenColumns;

    /// <summary>Merged ranges that cover at least one stored row.</summary>
    public IReadOnlyList<CellRange> Merges { get; } = merges;

    /// <summary>Cells whose text was cleaned or cut, rows and cells stored twice.</summary>
    public IReadOnlyList<CellProblem> Problems { get; } = problems;

    /// <summary>The stored row of a number, found by halving; null when the sheet has none.</summary>
    public SheetRow? Row(int number)
    {
        int low = 0, high = Rows.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var found = Rows[middle].Number;
            if (found == number)
            {
                return Rows[middle];
            }

            (low, high) = found < number ? (middle + 1, high) : (low, middle - 1);
        }

        return null;
    }
}
