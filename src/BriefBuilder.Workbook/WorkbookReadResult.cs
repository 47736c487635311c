using BriefBuilder.Diagnostics;
using BriefBuilder.Records;
using BriefBuilder.Validation;

namespace BriefBuilder.Workbooks;

/// <summary>What reading a workbook gave: the dossier (only when nothing is in error), every diagnostic in sheet and
/// cell order, and where each record's fields were read from.</summary>
public sealed record WorkbookReadResult(string File, Dossier? Dossier, IReadOnlyList<Diagnostic> Diagnostics, FieldLocations Locations)
{
    /// <summary>The file could not be read as a workbook at all (missing, not an xlsx, damaged).</summary>
    public bool IsUnreadable { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public bool HasErrors => ErrorCount > 0;
}
