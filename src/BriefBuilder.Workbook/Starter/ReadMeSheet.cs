using ClosedXML.Excel;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks.Starter;

/// <summary>The Read me sheet: how the workbook works, then every sheet and column of the schema with what to write.</summary>
internal static class ReadMeSheet
{
    private static readonly string[] Introduction =
    [
        "BriefBuilder reads this workbook and lays out briefing PDFs from it. Every claim is attributed and cited.",
        "Each sheet has its column names in row 1. Names may differ in case and spacing, and the names under \"Also accepted\" work too.",
        "Columns BriefBuilder does not know are reported as warnings, never silently dropped. Lists inside a cell are separated by ;",
        "Dates: type EDTF text (2023-10-05 a day, 2023-10 a month, 2023 a year, 2023-10~ about then, 2023-10-05? uncertain, 2023-05-02/2023-05-04 a period) or use real Excel dates.",
        "Hidden rows, columns and sheets are still read; a merged cell's value counts for every cell it covers.",
        "The example rows are fictional: replace them with your own. Check the workbook with: briefbuilder check FILE.xlsx",
    ];

    private static readonly string[] ColumnHeaders = ["Sheet", "Column", "Required", "What to write", "Meaning", "Also accepted"];

    public static void Write(IXLWorksheet worksheet)
    {
        var title = worksheet.Cell(1, 1);
        StarterWorkbook.Text(title, $"BriefBuilder dossier workbook (schema v{WorkbookSchema.Version})");
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        var row = 2;
        foreach (var line in Introduction)
        {
            StarterWorkbook.Text(worksheet.Cell(row++, 1), line);
        }

        row++;
        for (var i = 0; i < ColumnHeaders.Length; i++)
        {
            StarterWorkbook.Header(worksheet.Cell(row, i + 1), ColumnHeaders[i]);
        }

        foreach (var sheet in WorkbookSchema.Sheets.Where(s => s.Layout != SheetLayout.ReadMe))
        {
            row++;
            StarterWorkbook.Text(worksheet.Cell(row, 1), sheet.Name);
            StarterWorkbook.Text(worksheet.Cell(row, 3), sheet.Required ? "required sheet" : "optional sheet");
            StarterWorkbook.Text(worksheet.Cell(row, 5), sheet.Description);
            StarterWorkbook.Text(worksheet.Cell(row, 6), string.Join(", ", sheet.Aliases));
            worksheet.Row(row).Style.Font.Bold = true;
            foreach (var column in sheet.Columns)
            {
                row++;
                StarterWorkbook.Text(worksheet.Cell(row, 1), sheet.Name);
                StarterWorkbook.Text(worksheet.Cell(row, 2), column.Name);
                StarterWorkbook.Text(worksheet.Cell(row, 3), column.Required ? "yes" : string.Empty);
                StarterWorkbook.Text(worksheet.Cell(row, 4), sheet.Layout == SheetLayout.KeyValue ? "a row: the name in Field, the text in Value" : column.Format);
                StarterWorkbook.Text(worksheet.Cell(row, 5), column.Description);
                StarterWorkbook.Text(worksheet.Cell(row, 6), string.Join(", ", column.Aliases));
            }
        }

        double[] widths = [14, 16, 14, 40, 70, 30];
        for (var i = 0; i < widths.Length; i++)
        {
            worksheet.Column(i + 1).Width = widths[i];
        }

        worksheet.Range(Introduction.Length + 3, 4, row, 6).Style.Alignment.WrapText = true;
        worksheet.Range(Introduction.Length + 3, 1, row, 6).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }
}
