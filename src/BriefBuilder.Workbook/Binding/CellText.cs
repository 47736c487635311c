using BriefBuilder.Diagnostics;
using BriefBuilder.Workbooks.Cells;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Reads the text a cell shows. Error values and formulas saved without a value have nothing to read:
/// each is reported at its cell, and reads as empty.</summary>
internal static class CellText
{
    /// <summary>The trimmed text, or null when the cell is empty or unreadable.</summary>
    public static string? Read(SheetCell cell, string sheet, BindingContext context)
    {
        if (!IsReadable(cell, sheet, context))
        {
            return null;
        }

        var text = DisplayText.Of(cell, context.Date1904).Trim();
        return text.Length == 0 ? null : text;
    }

    public static bool IsReadable(SheetCell cell, string sheet, BindingContext context)
    {
        switch (cell.Kind)
        {
            case CellKind.Error:
                var merged = cell.MergedFrom is { } from ? $" (merged from {from})" : string.Empty;
                context.Diagnostics.Report(context.At(sheet, cell.Address), WorkbookCodes.ErrorValue, $"the cell holds the error {cell.Text}{merged}: fix the formula or type the value");
                return false;
            case CellKind.TooLong:
                // Reported when the sheet was read, once, wherever the cell is used.
                return false;
            case CellKind.UncalculatedFormula:
                context.Diagnostics.Report(context.At(sheet, cell.Address), WorkbookCodes.UncalculatedFormula, "the formula was saved without its value (the program that wrote the file did not calculate it): read as empty; open and save the file in Excel");
                return false;
            default:
                return true;
        }
    }
}
