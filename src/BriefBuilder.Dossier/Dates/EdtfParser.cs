using System.Globalization;

namespace BriefBuilder.Dates;

// PLACEHOLDER (being replaced by the full EDTF level 0/1 parser): only yyyy, yyyy-mm, yyyy-mm-dd and a/b.
internal static class EdtfParser
{
    public static ParseResult<DateValue> Parse(string text)
    {
        var parts = text.Trim().Split('/');
        if (parts.Length == 2)
        {
            var a = ParseDate(parts[0]);
            var b = ParseDate(parts[1]);
            if (a is null || b is null)
            {
                return ParseResult<DateValue>.Fail("not a date", 0);
            }

            return ParseResult<DateValue>.Ok(new DateValue(a, b, IntervalEnd.Known, IntervalEnd.Known, true));
        }

        var d = ParseDate(parts[0]);
        return d is null ? ParseResult<DateValue>.Fail("not a date", 0) : ParseResult<DateValue>.Ok(new DateValue(d, null, IntervalEnd.Known, IntervalEnd.Known, false));
    }

    private static EdtfDate? ParseDate(string s)
    {
        var p = s.Split('-');
        if (!int.TryParse(p[0], CultureInfo.InvariantCulture, out var y))
        {
            return null;
        }

        if (p.Length == 1)
        {
            return new EdtfDate(y, null, null, null, DatePrecision.Year, DateQualifiers.None, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), s);
        }

        var m = int.Parse(p[1], CultureInfo.InvariantCulture);
        if (p.Length == 2)
        {
            return new EdtfDate(y, m, null, null, DatePrecision.Month, DateQualifiers.None, new DateOnly(y, m, 1), new DateOnly(y, m, DateTime.DaysInMonth(y, m)), s);
        }

        var d = int.Parse(p[2], CultureInfo.InvariantCulture);
        return new EdtfDate(y, m, d, null, DatePrecision.Day, DateQualifiers.None, new DateOnly(y, m, d), new DateOnly(y, m, d), s);
    }
}
