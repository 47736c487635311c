using System.Globalization;
using BriefBuilder.Dates;
using BriefBuilder.Workbooks.Cells;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Reads a date cell: a real Excel date (a number shown with a date format), an ISO date cell, or EDTF text.
/// A real Excel date is as precise as its format shows, so `Oct-23` (mmm-yy) is the month 2023-10, not a day.</summary>
internal static class DateCells
{
    private const string Advice = "write dates in EDTF, such as 2023-10-05, 2023-10 or 2023-10~";

    public static (DateValue? Date, string? Problem) Read(SheetCell cell, bool date1904) => cell.Kind switch
    {
        CellKind.Number => Serial(cell, date1904),
        CellKind.IsoDate => Iso(cell.Text),
        _ => Edtf(cell.Text.Trim()),
    };

    private static (DateValue?, string?) Serial(SheetCell cell, bool date1904)
    {
        var shown = cell.Format.Date;
        if (shown == DateShown.None)
        {
            // A plain number is read as the text it shows, so 2023 typed into a General cell is the year 2023.
            return Edtf(DisplayText.General(cell.Number));
        }

        if (shown == DateShown.TimeOnly)
        {
            return (null, $"the cell shows only a time of day (format {cell.Format.Code}), not a date");
        }

        var (day, problem) = ExcelDates.ToDay(cell.Number, date1904);
        if (day is not { } d)
        {
            return (null, $"the Excel date {DisplayText.General(cell.Number)} is not a calendar day: {problem}");
        }

        return shown switch
        {
            DateShown.Year => Edtf(d.ToString("yyyy", CultureInfo.InvariantCulture)),
            DateShown.Month => Edtf(d.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            _ => (DateValue.OfDay(d), null),
        };
    }

    // OOXML date cells (t="d") hold an ISO 8601 date and time (ECMA-376 Part 1, 18.18.11); the day is what counts.
    private static (DateValue?, string?) Iso(string text) =>
        DateOnly.TryParseExact(text.Split('T')[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (DateValue.OfDay(day), null)
            : (null, $"'{text}' is not an ISO 8601 date");

    private static (DateValue?, string?) Edtf(string text)
    {
        var parsed = DateValue.Parse(text);
        return parsed.Success
            ? (parsed.Value, null)
            : (null, $"'{text}' is not a date: {parsed.Error} (at character {parsed.Position + 1}); {DateSuggestion.For(text) ?? Advice}");
    }
}
