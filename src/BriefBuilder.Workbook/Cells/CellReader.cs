using System.Globalization;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>Turns one stored cell into a <see cref="SheetCell"/>: shared, inline and formula strings, numbers with
/// their format, booleans, ISO dates and error values. Formulas are never evaluated: their saved value is read.</summary>
internal sealed class CellReader(SharedStrings strings, CellStyles styles)
{
    public SheetCell Read(in StoredCell cell)
    {
        var address = cell.Address;
        var format = styles.Format(cell.Style);
        var value = cell.Value;
        if (cell.Type == "inlineStr")
        {
            return Text(address, cell.InlineText ?? EscapedText.Decode(value ?? string.Empty), format);
        }

        if (value is null)
        {
            return cell.HasFormula
                ? new SheetCell(address, CellKind.UncalculatedFormula, string.Empty, 0, format)
                : SheetCell.Empty(address);
        }

        return cell.Type switch
        {
            "s" => SharedString(address, value, format),
            "str" => Text(address, EscapedText.Decode(value), format),
            "b" => Text(address, value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase) ? "TRUE" : "FALSE", format),
            "e" => new SheetCell(address, CellKind.Error, value.Trim(), 0, format),
            "d" => new SheetCell(address, CellKind.IsoDate, value.Trim(), 0, format),
            _ => Number(address, value, format),
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
