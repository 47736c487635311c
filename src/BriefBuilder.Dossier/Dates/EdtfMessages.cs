namespace BriefBuilder.Dates;

/// <summary>The messages a failed EDTF parse reports, in the words a person filling in a workbook would use.</summary>
internal static class EdtfMessages
{
    public const string Empty = "the date is empty";

    // DateOnly holds years 1 to 9999; EDTF level 1 also allows 'Y'-prefixed long years and negative years.
    public const string YearOutOfRange = "years before 1 or after 9999 are not supported";

    public const string YearTooLong = "a year has four digits; years before 1 or after 9999 are not supported";

    public const string YearDigits = "a date starts with a four-digit year";

    public const string CapitalX = "unspecified digits are written with a capital X";

    public const string MonthDigits = "a month has two digits";

    public const string MonthRange = "the month must be 01 to 12, or 21 to 24 for a season";

    public const string DayDigits = "a day has two digits";

    public const string DayRange = "the day must be 01 to 31";

    public const string SeasonWithDay = "a season has no day";

    public const string OneQualifier = "a date takes one qualifier: ? uncertain, ~ approximate or % both";

    public const string TimeNeedsDay = "a time of day needs a full date (year, month and day)";

    public const string TimeInInterval = "the dates of an interval cannot carry a time of day";

    public const string QualifiedTime = "a date with a time of day cannot be qualified";

    public const string ZoneWithoutTime = "a time zone (Z) follows a time of day, as in 2023-10-03T10:00:00Z";

    public const string OpenAlone = "'..' marks an open end of an interval and cannot stand alone";

    public const string SecondSlash = "an interval has a single '/'";

    public const string NoKnownEnd = "an interval needs at least one date";

    public const string EndsBeforeStart = "the interval ends before it starts";

    // EDTF level 1 qualifies a whole date from its end; a qualifier on one part (2004?-06, 2004-~06) is level 2.
    public static readonly string QualifiedPart = Level2("qualifying one part of a date");

    public static string DaysInMonth(int year, int month, int days) =>
        $"{System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year:D4} has only {days} days";

    public static string Unexpected(char found, string expected) => $"unexpected {Describe(found)}; expected {expected}";

    public static string Level2(string feature) => $"EDTF level 2 is not supported ({feature})";

    private static string Describe(char c) => char.IsControl(c) || (char.IsWhiteSpace(c) && c != ' ')
        ? $"U+{(int)c:X4}"
        : $"'{c}'";
}
