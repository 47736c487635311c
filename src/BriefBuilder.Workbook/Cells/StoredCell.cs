namespace BriefBuilder.Workbooks.Cells;

/// <summary>A `c` element's parts as read from the sheet: type (`t`, absent for a number), style (`s`), saved value
/// (`v`, and whether it was cut at the limit of characters per cell), inline text (`is`) and whether it has a
/// formula (`f`).</summary>
internal readonly record struct StoredCell(CellAddress Address, string? Type, string? Style, string? Value, bool ValueCut, CellString? InlineText, bool HasFormula);
