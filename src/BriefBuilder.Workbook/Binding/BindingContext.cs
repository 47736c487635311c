using BriefBuilder.Diagnostics;
using BriefBuilder.Records;
using BriefBuilder.Workbooks.Cells;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>What every binding step shares: the file's name for locations, the diagnostics found so far, the
/// workbook's date system, and the texts its cells repeat.</summary>
internal sealed class BindingContext(string file, bool date1904)
{
    public string File { get; } = file;

    /// <summary>Whether serial dates count from 1904 (`workbookPr date1904`), as old Mac workbooks do.</summary>
    public bool Date1904 { get; } = date1904;

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>The texts list cells repeat (tags, source IDs, locators), one copy each: 100,000 claims citing 20,000
    /// sources held every ID and locator several times over.</summary>
    public TextPool Texts { get; } = new();

    public SourceLocation At(string sheet, CellAddress cell) => new(File, sheet, cell.ToString());

    public SourceLocation At(string sheet) => new(File, sheet);

    /// <summary>The workbook as a whole, for what concerns no one sheet.</summary>
    public SourceLocation AtFile() => new(File);
}
