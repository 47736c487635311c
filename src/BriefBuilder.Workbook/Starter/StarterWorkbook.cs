using ClosedXML.Excel;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks.Starter;

/// <summary>Writes the workbook `briefbuilder init` creates: every schema sheet with its header row frozen, drop-down
/// lists for choices and stances, two fictional example rows per sheet, and a Read me sheet explaining each column.</summary>
public static class StarterWorkbook
{
    // Drop-downs reach this far down; a longer dossier still reads, only without the help.
    private const int PreparedRows = 10_000;

    public static void Write(Stream stream)
    {
        _ = OpenXmlEnumArrays.Count;
        using var workbook = new XLWorkbook();
        foreach (var sheet in WorkbookSchema.Sheets)
        {
            var worksheet = workbook.Worksheets.Add(sheet.Name);
            switch (sheet.Layout)
            {
                case SheetLayout.ReadMe:
                    ReadMeSheet.Write(worksheet);
                    break;
                case SheetLayout.KeyValue:
                    WriteKeyValue(worksheet, sheet);
                    break;
                default:
                    WriteTable(worksheet, sheet);
                    break;
            }
        }

        workbook.Worksheet(1).SetTabActive();
        workbook.SaveAs(stream);
    }

    private static void WriteTable(IXLWorksheet worksheet, SheetDefinition sheet)
    {
        for (var i = 0; i < sheet.Columns.Count; i++)
        {
            var column = sheet.Columns[i];
            var number = i + 1;
            Header(worksheet.Cell(1, number), column.Name);
            for (var example = 0; example < column.Examples.Count; example++)
            {
                Text(worksheet.Cell(2 + example, number), column.Examples[example]);
            }

            if (column.Kind == ValueKind.Date)
            {
                // Text format keeps Excel from turning typed EDTF such as 2023-10 into a date of its own; set on
                // the column, it costs one attribute rather than a styled cell per row.
                worksheet.Column(number).Style.NumberFormat.Format = "@";
            }

            DropDowns.Add(worksheet.Range(2, number, PreparedRows, number), column);
            Width(worksheet.Column(number), column);
        }

        worksheet.SheetView.FreezeRows(1);
    }

    private static void WriteKeyValue(IXLWorksheet worksheet, SheetDefinition sheet)
    {
        Header(worksheet.Cell(1, 1), "Field");
        Header(worksheet.Cell(1, 2), "Value");
        for (var i = 0; i < sheet.Columns.Count; i++)
        {
            Text(worksheet.Cell(2 + i, 1), sheet.Columns[i].Name);
            Text(worksheet.Cell(2 + i, 2), sheet.Columns[i].Examples.FirstOrDefault() ?? string.Empty);
        }

        worksheet.Column(1).Width = 16;
        worksheet.Column(2).Width = 70;
        worksheet.Column(2).Style.Alignment.WrapText = true;
        worksheet.SheetView.FreezeRows(1);
    }

    internal static void Header(IXLCell cell, string text)
    {
        Text(cell, text);
        cell.Style.Font.Bold = true;
        cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8EEF4");
        cell.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
    }

    /// <summary>Writes text as text: ClosedXML would otherwise turn "2023-03-14" into a date and "1" into a number.</summary>
    internal static void Text(IXLCell cell, string text)
    {
        if (text.Length > 0)
        {
            cell.SetValue(text);
            cell.DataType = XLDataType.Text;
        }
    }

    // ClosedXML's AdjustToContents needs GDI+ fonts, which Linux lacks: widths follow the longest header or
    // example instead, in characters, within bounds that keep long text wrapping.
    private static void Width(IXLColumn column, ColumnDefinition definition)
    {
        var longest = definition.Examples.Append(definition.Name).Max(text => text.Length);
        column.Width = Math.Clamp(longest + 2, 8, 48);
        if (longest > 48)
        {
            column.Style.Alignment.WrapText = true;
        }
    }
}
