namespace BriefBuilder.Workbooks.Cells;

/// <summary>Everything read from one worksheet: its rows, hidden columns and merged ranges, merges already
/// spread so that every covered cell holds its range's value.</summary>
internal sealed class SheetContent(string name, bool hidden, IReadOnlyList<SheetRow> rows, IReadOnlySet<int> hiddenColumns, IReadOnlyList<CellRange> merges)
{
    /// <summary>The sheet's name as the workbook spells it.</summary>
    public string Name { get; } = name;

    /// <summary>Whether the sheet is hidden (or very hidden) in Excel.</summary>
    public bool Hidden { get; } = hidden;

    /// <summary>Stored rows, top to bottom.</summary>
    public IReadOnlyList<SheetRow> Rows { get; } = rows;

    public IReadOnlySet<int> HiddenColumns { get; } = hiddenColumns;

    /// <summary>Merged ranges that cover at least one stored row.</summary>
    public IReadOnlyList<CellRange> Merges { get; } = merges;
}
