using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>The EDTF form of a date written in a common other way: `15/09/2023` (day first unless the first number cannot
/// be a month; both readings when either could be), `2023/09/15`, `5 March 2024`, `March 5, 2024`, `Oct 2023`, and an
/// Excel serial number typed as text (`45184`).</summary>
internal static partial class DateSuggestion
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>`; in EDTF: 2023-09-15`, or null when the text is no date written another common way.</summary>
    public static string? For(string text)
    {
        var t = text.Trim();
        if (Numeric().Match(t) is { Success: true } n)
        {
            var (a, b, year) = (Int(n.Groups["a"].Value), Int(n.Groups["b"].Value), Year(n.Groups["y"].Value));
            var dayFirst = Day(year, b, a);
            var monthFirst = Day(year, a, b);
            return (dayFirst, monthFirst) switch
            {
                ({ } d, { } m) when d != m => $"in EDTF: {d} if the day comes first, {m} if the month does",
                ({ } d, _) => $"in EDTF: {d}",
                (null, { } m) => $"in EDTF: {m}",
                _ => null,
            };
        }

        if (YearFirst().Match(t) is { Success: true } y && Day(Int(y.Groups["y"].Value), Int(y.Groups["m"].Value), Int(y.Groups["d"].Value)) is { } iso)
        {
            return $"in EDTF: {iso}";
        }

        if (DayMonthYear().Match(t) is { Success: true } dmy && Month(dmy.Groups["m"].Value) is { } month1)
        {
            return Day(Int(dmy.Groups["y"].Value), month1, Int(dmy.Groups["d"].Value)) is { } day ? $"in EDTF: {day}" : null;
        }

        if (MonthDayYear().Match(t) is { Success: true } mdy && Month(mdy.Groups["m"].Value) is { } month2)
        {
            return Day(Int(mdy.Groups["y"].Value), month2, Int(mdy.Groups["d"].Value)) is { } day ? $"in EDTF: {day}" : null;
        }

        if (MonthYear().Match(t) is { Success: true } my && Month(my.Groups["m"].Value) is { } month3)
        {
            return string.Create(CultureInfo.InvariantCulture, $"in EDTF: {Int(my.Groups["y"].Value):0000}-{month3:00}");
        }

        // Excel counts days from 30 December 1899; five digits cover 1927 to 2173.
        if (Serial().IsMatch(t))
        {
            var day = new DateOnly(1899, 12, 30).AddDays(Int(t));
            return $"read as an Excel date it is {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: give the cell a date format, or write that";
        }

        return null;
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    // A two-digit year is read in this century, as people mean it for recent statements.
    private static int Year(string text) => text.Length == 2 ? 2000 + Int(text) : Int(text);

    private static int? Month(string name)
    {
        var index = Array.FindIndex(Months, m => m.StartsWith(name.TrimEnd('.'), StringComparison.OrdinalIgnoreCase) && name.TrimEnd('.').Length >= 3);
        return index < 0 ? null : index + 1;
    }

    private static string? Day(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}")
            : null;

    [GeneratedRegex(@"^(?<a>\d{1,2})[/.\-](?<b>\d{1,2})[/.\-](?<y>\d{4}|\d{2})$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<y>\d{4})[/.](?<m>\d{1,2})[/.](?<d>\d{1,2})$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>[A-Za-z]{3,9}\.?),?\s+(?<y>\d{4})$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<m>[A-Za-z]{3,9}\.?)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})$")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(?<m>[A-Za-z]{3,9}\.?)\s+(?<y>\d{4})$")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^[1-9]\d{4}$")]
    private static partial Regex Serial();
}
