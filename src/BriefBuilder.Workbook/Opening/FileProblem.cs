using BriefBuilder.Diagnostics;

namespace BriefBuilder.Workbooks.Opening;

/// <summary>Why a file cannot be read as a workbook, in words that say what it is and what to do.</summary>
internal sealed record FileProblem(DiagnosticCode Code, string Message);
