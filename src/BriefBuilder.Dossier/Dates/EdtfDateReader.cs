using System.Globalization;

namespace BriefBuilder.Dates;

/// <summary>Reads one EDTF level 0 or 1 date: a year, then perhaps a month or season, a day, a time, and one qualifier.</summary>
internal sealed partial class EdtfDateReader
{
    private const string AfterYearOrMonth = "'-', a qualifier (?, ~ or %) or the end of the date";
    private const string AfterDay = "'T' and a time, a qualifier (?, ~ or %) or the end of the date";
    private const string AtLastPart = "a qualifier (?, ~ or %) or the end of the date";

    private readonly TextCursor cursor;
    private readonly bool allowTime;

    private EdtfDateReader(TextCursor cursor, bool allowTime)
    {
        this.cursor = cursor;
        this.allowTime = allowTime;
    }

    /// <summary>Reads the date in text[start..end); error positions count from the start of the whole text.</summary>
    public static ParseResult<EdtfDate> Read(string text, int start, int end, bool allowTime) =>
        new EdtfDateReader(new TextCursor(text, start, end), allowTime).ReadYear();

    private ParseResult<EdtfDate> ReadYear()
    {
        // EDTF level 1 letter-prefixed years (Y170000002) and negative years (-1985) are outside DateOnly.
        if (cursor.Peek() is 'Y' or '-')
        {
            return Fail(EdtfMessages.YearOutOfRange);
        }

        if (IsQualifier(cursor.Peek()))
        {
            return Fail(EdtfMessages.QualifiedPart);
        }

        var yearStart = cursor.Position;
        var digits = cursor.TakeDigits();
        if (digits.Length == 0)
        {
            return cursor.AtEnd ? Fail(EdtfMessages.YearDigits) : Fail(EdtfMessages.Unexpected(cursor.Peek(), "a four-digit year"));
        }

        if (digits.Length != 4)
        {
            return digits.Length > 4
                ? Fail(EdtfMessages.YearTooLong, yearStart + 4)
                : Fail(ShortFieldMessage(EdtfMessages.YearDigits));
        }

        // EDTF level 1 lets X replace only the last one or two digits of a year (201X, 20XX).
        var firstX = digits.IndexOf('X', StringComparison.Ordinal);
        var unspecifiedDigits = firstX < 0 ? 0 : 4 - firstX;
        if (firstX >= 0 && (unspecifiedDigits > 2 || digits[firstX..] != new string('X', unspecifiedDigits)))
        {
            return Fail(EdtfMessages.Level2("X in place of other than the last one or two digits of a year"), yearStart + firstX);
        }

        var year = int.Parse(digits.Replace('X', '0'), CultureInfo.InvariantCulture);
        if (year == 0)
        {
            return Fail(EdtfMessages.YearOutOfRange, yearStart);
        }

        if (unspecifiedDigits > 0)
        {
            return cursor.Peek() == '-'
                ? Fail(EdtfMessages.Level2("a month or day after unspecified year digits"))
                : Finish(new Parts(year, unspecifiedDigits == 1 ? DatePrecision.Decade : DatePrecision.Century), AtLastPart);
        }

        if (cursor.Peek() == 'S')
        {
            return Fail(EdtfMessages.Level2("significant digits"));
        }

        return cursor.Skip('-') ? ReadMonth(year) : Finish(new Parts(year, DatePrecision.Year), AfterYearOrMonth);
    }

    private ParseResult<EdtfDate> ReadMonth(int year)
    {
        var monthStart = cursor.Position;
        var taken = TakeTwoDigits(EdtfMessages.MonthDigits);
        if (!taken.Success)
        {
            return Fail(taken.Error!, taken.Position);
        }

        var digits = taken.Value!;
        if (digits == "XX")
        {
            return cursor.Skip('-')
                ? ReadDay(year, month: null)
                : Finish(new Parts(year, DatePrecision.Year) { Unspecified = UnspecifiedParts.Month }, AfterYearOrMonth);
        }

        var number = int.Parse(digits, CultureInfo.InvariantCulture);
        if (number is >= 1 and <= 12)
        {
            return cursor.Skip('-')
                ? ReadDay(year, number)
                : Finish(new Parts(year, DatePrecision.Month) { Month = number }, AfterYearOrMonth);
        }

        if (number is >= 21 and <= 24)
        {
            return ReadSeasonEnd(year, (Season)number, monthStart);
        }

        // Seasons 25 to 41 (hemispheres, quarters, quadrimesters, semesters) belong to EDTF level 2.
        return number is >= 25 and <= 41
            ? Fail(EdtfMessages.Level2("seasons 25 to 41"), monthStart)
            : Fail(EdtfMessages.MonthRange, monthStart);
    }

    private ParseResult<EdtfDate> ReadSeasonEnd(int year, Season season, int seasonStart)
    {
        if (season.EndsAfterYear9999(year))
        {
            return Fail(EdtfMessages.YearOutOfRange, seasonStart);
        }

        return cursor.Peek() == '-'
            ? Fail(EdtfMessages.SeasonWithDay)
            : Finish(new Parts(year, DatePrecision.Season) { Season = season }, AtLastPart);
    }

    private ParseResult<EdtfDate> ReadDay(int year, int? month)
    {
        var dayStart = cursor.Position;
        var taken = TakeTwoDigits(EdtfMessages.DayDigits);
        if (!taken.Success)
        {
            return Fail(taken.Error!, taken.Position);
        }

        var digits = taken.Value!;
        if (digits == "XX")
        {
            var unspecified = month is null ? UnspecifiedParts.Month | UnspecifiedParts.Day : UnspecifiedParts.Day;
            var precision = month is null ? DatePrecision.Year : DatePrecision.Month;
            return Finish(new Parts(year, precision) { Month = month, Unspecified = unspecified }, AtLastPart);
        }

        if (month is null)
        {
            return Fail(EdtfMessages.Level2("a known day in an unspecified month"), dayStart);
        }

        var day = int.Parse(digits, CultureInfo.InvariantCulture);
        if (day is < 1 or > 31)
        {
            return Fail(EdtfMessages.DayRange, dayStart);
        }

        var daysInMonth = DateTime.DaysInMonth(year, month.Value);
        return day > daysInMonth
            ? Fail(EdtfMessages.DaysInMonth(year, month.Value, daysInMonth), dayStart)
            : Finish(new Parts(year, DatePrecision.Day) { Month = month, Day = day }, AfterDay);
    }

    /// <summary>Takes a two-character month or day: two digits or XX (a partly unspecified part is level 2).</summary>
    private ParseResult<string> TakeTwoDigits(string lengthMessage)
    {
        if (IsQualifier(cursor.Peek()))
        {
            return ParseResult<string>.Fail(EdtfMessages.QualifiedPart, cursor.Position);
        }

        var start = cursor.Position;
        var digits = cursor.TakeDigits();
        if (digits.Length != 2)
        {
            return digits.Length > 2
                ? ParseResult<string>.Fail(lengthMessage, start + 2)
                : ParseResult<string>.Fail(ShortFieldMessage(lengthMessage), cursor.Position);
        }

        var x = digits.IndexOf('X', StringComparison.Ordinal);
        return x >= 0 && digits != "XX"
            ? ParseResult<string>.Fail(EdtfMessages.Level2("X in place of one digit of a month or day"), start + x)
            : ParseResult<string>.Ok(digits);
    }

    /// <summary>Explains a part cut short, pointing lowercase x or u (the 2012 draft's letter) to the capital X.</summary>
    private string ShortFieldMessage(string lengthMessage) =>
        cursor.Peek() is 'x' or 'u' ? EdtfMessages.CapitalX : lengthMessage;

    private static bool IsQualifier(char c) => c is '?' or '~' or '%';

    private ParseResult<EdtfDate> Fail(string message) => Fail(message, cursor.Position);

    private static ParseResult<EdtfDate> Fail(string message, int position) => ParseResult<EdtfDate>.Fail(message, position);
}
