using BriefBuilder.Tests.TestWorkbooks;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Tests.Workbooks.Binding;

/// <summary>Saves a test workbook and reads it back, for tests about what the reader reports.</summary>
internal sealed class Reading : IDisposable
{
    private readonly TempFolder _folder = new();

    public WorkbookReadResult Read(TestWorkbook workbook) =>
        WorkbookReader.Read(workbook.Save(_folder.File($"{Guid.NewGuid():N}.xlsx")));

    /// <summary>Each diagnostic as `Sheet!Cell CODE` (`Sheet CODE` for a whole sheet, `CODE` for the file).</summary>
    public IReadOnlyList<string> Codes(TestWorkbook workbook) => Codes(Read(workbook));

    public static IReadOnlyList<string> Codes(WorkbookReadResult result) =>
        [.. result.Diagnostics.Select(d => d.Location switch
        {
            { Sheet: null } => d.Code.Id,
            { Cell: null } => $"{d.Location.Sheet} {d.Code}",
            _ => $"{d.Location.Sheet}!{d.Location.Cell} {d.Code}",
        })];

    public void Dispose() => _folder.Dispose();
}
