using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>Turns one `c` element into a <see cref="SheetCell"/>: shared, inline and formula strings, numbers with
/// their format, booleans, ISO dates and error values. Formulas are never evaluated: their saved value is read.</summary>
internal sealed class CellReader(SharedStrings strings, CellStyles styles)
{
    public SheetCell Read(Cell cell, CellAddress address)
    {
        var format = styles.Format(cell.StyleIndex?.InnerText);
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.InnerText ?? "n";
        if (value is null && type != "inlineStr")
        {
            return cell.CellFormula is null
                ? SheetCell.Empty(address)
                : new SheetCell(address, CellKind.UncalculatedFormula, string.Empty, 0, format);
        }

        return type switch
        {
            "s" => SharedString(address, value!, format),
            "inlineStr" => Text(address, cell.InlineString is { } inline ? RichText.Plain(inline) : EscapedText.Decode(value ?? string.Empty), format),
            "str" => Text(address, EscapedText.Decode(value!), format),
            "b" => Text(address, value == "1" || value!.Equals("true", StringComparison.OrdinalIgnoreCase) ? "TRUE" : "FALSE", format),
            "e" => new SheetCell(address, CellKind.Error, value!.Trim(), 0, format),
            "d" => new SheetCell(address, CellKind.IsoDate, value!.Trim(), 0, format),
            _ => Number(address, value!, format),
        };
    }

    private SheetCell SharedString(CellAddress address, string value, NumberFormat format)
    {
        var text = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? strings.Find(index) : null;
        return text is null
            ? new SheetCell(address, CellKind.Error, $"shared string {value} missing from the workbook", 0, format)
            : Text(address, text, format);
    }

    private static SheetCell Number(CellAddress address, string value, NumberFormat format) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new SheetCell(address, CellKind.Number, value, number, format)
            : Text(address, value, format);

    private static SheetCell Text(CellAddress address, string text, NumberFormat format) =>
        new(address, CellKind.Text, text, 0, format);
}
