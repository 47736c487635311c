using System.Globalization;
using BriefBuilder.Diagnostics;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>Turns one stored cell into a <see cref="SheetCell"/>: shared, inline and formula strings, numbers with
/// their format, booleans, ISO dates and error values. Formulas are never evaluated: their saved value is read. Text
/// that was cleaned or cut is reported at its cell.</summary>
internal sealed class CellReader(SharedStrings strings, CellStyles styles, ReadLimits limits)
{
    public SheetCell Read(in StoredCell cell, List<CellProblem> problems)
    {
        var address = cell.Address;
        var format = styles.Format(cell.Style);
        var value = cell.Value;
        if (cell.Type == "inlineStr")
        {
            var inline = cell.InlineText ?? CellString.From(EscapedText.Decode(value ?? string.Empty), cell.ValueCut);
            return Text(address, inline, format, problems);
        }

        if (value is null)
        {
            return cell.HasFormula
                ? new SheetCell(address, CellKind.UncalculatedFormula, string.Empty, 0, format)
                : SheetCell.Empty(address);
        }

        if (cell.ValueCut)
        {
            return Text(address, new CellString(value, null, Cut: true), format, problems);
        }

        return cell.Type switch
        {
            "s" => SharedString(address, value, format, problems),
            "str" => Text(address, CellString.From(EscapedText.Decode(value), cut: false), format, problems),
            "b" => new SheetCell(address, CellKind.Text, value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase) ? "TRUE" : "FALSE", 0, format),
            "e" => new SheetCell(address, CellKind.Error, value.Trim(), 0, format),
            "d" => new SheetCell(address, CellKind.IsoDate, value.Trim(), 0, format),
            _ => Number(address, value, format, problems),
        };
    }

    private SheetCell SharedString(CellAddress address, string value, NumberFormat format, List<CellProblem> problems)
    {
        var text = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? strings.Find(index) : null;
        return text is { } found
            ? Text(address, found, format, problems)
            : new SheetCell(address, CellKind.Error, $"shared string {value} missing from the workbook", 0, format);
    }

    private SheetCell Number(CellAddress address, string value, NumberFormat format, List<CellProblem> problems) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new SheetCell(address, CellKind.Number, value, number, format)
            : Text(address, CellString.From(value, cut: false), format, problems);

    private SheetCell Text(CellAddress address, CellString text, NumberFormat format, List<CellProblem> problems)
    {
        if (text.Cut)
        {
            problems.Add(new CellProblem(address, WorkbookCodes.LongCell, string.Create(
                CultureInfo.InvariantCulture,
                $"the cell holds more than {limits.CellCharacters:N0} characters, more than a cell may ({LimitText.HowToRaise(ReadLimits.CellCharactersName, limits.CellCharacters)}); it is not read")));
            return new SheetCell(address, CellKind.TooLong, text.Text, 0, format);
        }

        if (text.Cleaned is { } done)
        {
            problems.Add(new CellProblem(address, WorkbookCodes.CleanedText, $"the text held characters that cannot be printed or that disguise text: {done}"));
        }

        return new SheetCell(address, CellKind.Text, text.Text, 0, format);
    }
}
