using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>The workbook-wide parts every sheet needs: the sheet list, the date system, shared strings and styles.</summary>
internal sealed class WorkbookParts
{
    private WorkbookParts(IReadOnlyList<WorkbookSheet> sheets, bool date1904, CellReader cells)
    {
        Sheets = sheets;
        Date1904 = date1904;
        Cells = cells;
    }

    /// <summary>Sheets in tab order.</summary>
    public IReadOnlyList<WorkbookSheet> Sheets { get; }

    public bool Date1904 { get; }

    public CellReader Cells { get; }

    public static WorkbookParts Read(SpreadsheetDocument document)
    {
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("the workbook part is missing");
        var workbook = workbookPart.Workbook;
        var sheets = (workbook.Sheets?.Elements<Sheet>() ?? [])
            .Select(sheet => new WorkbookSheet(
                sheet.Name?.Value ?? string.Empty,
                sheet.State?.InnerText is "hidden" or "veryHidden",
                sheet.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var part) ? part as WorksheetPart : null))
            .ToList();
        var date1904 = workbook.WorkbookProperties?.Date1904?.InnerText is "1" or "true";
        var strings = SharedStrings.Read(workbookPart.SharedStringTablePart);
        var styles = CellStyles.Read(workbookPart.WorkbookStylesPart);
        return new WorkbookParts(sheets, date1904, new CellReader(strings, styles));
    }
}
