using BriefBuilder.Diagnostics;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>Something found while a sheet's XML was read, to be reported at a cell once the sheet's name is known:
/// text that was cleaned or cut, or a row or cell stored twice.</summary>
internal sealed record CellProblem(CellAddress Address, DiagnosticCode Code, string Message);
