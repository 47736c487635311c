using System.Collections.Concurrent;
using System.Globalization;
using ExcelNumberFormat;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>The text Excel shows for a cell, which is what a text column reads: a page number 12 is "12", and a
/// date Excel made of "5 Oct 2023" typed into a text column is "5-Oct-23", not its serial number.</summary>
internal static class DisplayText
{
    private static readonly ConcurrentDictionary<string, ExcelNumberFormat.NumberFormat> Parsed = new();

    public static string Of(SheetCell cell, bool date1904) => cell.Kind switch
    {
        CellKind.Number => Number(cell.Number, cell.Format, date1904),
        CellKind.IsoDate => cell.Text.Split('T')[0],
        _ => cell.Text,
    };

    /// <summary>A number as General shows it: up to 15 significant digits (Excel's precision), no grouping.</summary>
    public static string General(double number) => number.ToString("G15", CultureInfo.InvariantCulture);

    private static string Number(double number, NumberFormat format, bool date1904)
    {
        if (format.Code is "General" or "@")
        {
            return General(number);
        }

        var parsed = Parsed.GetOrAdd(format.Code, code => new ExcelNumberFormat.NumberFormat(code));
        return parsed.IsValid ? parsed.Format(number, CultureInfo.InvariantCulture, date1904) : General(number);
    }
}
