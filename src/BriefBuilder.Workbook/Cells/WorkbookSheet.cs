using BriefBuilder.Workbooks.Opening;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>One sheet as the workbook lists it: its name, whether it is hidden, and its worksheet part (null for a
/// chart sheet or a sheet whose part is missing).</summary>
internal sealed record WorkbookSheet(string Name, bool Hidden, PackagePart? Part);
