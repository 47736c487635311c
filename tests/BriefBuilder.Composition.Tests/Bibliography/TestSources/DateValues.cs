using BriefBuilder.Dates;

namespace BriefBuilder.Composition.Tests.Bibliography.TestSources;

/// <summary>EDTF values built directly, as the workbook reader would produce them.</summary>
internal static class DateValues
{
    public static DateValue Day(int year, int month, int day, DateQualifiers qualifiers = DateQualifiers.None) =>
        Single(new EdtfDate(year, month, day, null, DatePrecision.Day, qualifiers, new DateOnly(year, month, day), new DateOnly(year, month, day), $"{year:D4}-{month:D2}-{day:D2}"));

    public static DateValue Month(int year, int month, DateQualifiers qualifiers = DateQualifiers.None) =>
        Single(MonthDate(year, month, qualifiers));

    public static DateValue Year(int year, DateQualifiers qualifiers = DateQualifiers.None) =>
        Single(YearDate(year, qualifiers));

    public static DateValue Season(int year, Season season) =>
        Single(new EdtfDate(year, null, null, season, DatePrecision.Season, DateQualifiers.None, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"{year:D4}-{(int)season}"));

    public static DateValue Decade(int decadeStart) =>
        Single(new EdtfDate(decadeStart, null, null, null, DatePrecision.Decade, DateQualifiers.None, new DateOnly(decadeStart, 1, 1), new DateOnly(decadeStart + 9, 12, 31), $"{decadeStart / 10:D3}X"));

    public static DateValue Between(DateValue start, DateValue end) =>
        new(start.Start, end.Start, IntervalEnd.Known, IntervalEnd.Known, true);

    public static DateValue From(DateValue start) =>
        new(start.Start, null, IntervalEnd.Known, IntervalEnd.Open, true);

    private static EdtfDate MonthDate(int year, int month, DateQualifiers qualifiers) =>
        new(year, month, null, null, DatePrecision.Month, qualifiers, new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), $"{year:D4}-{month:D2}");

    private static EdtfDate YearDate(int year, DateQualifiers qualifiers) =>
        new(year, null, null, null, DatePrecision.Year, qualifiers, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"{year:D4}");

    private static DateValue Single(EdtfDate date) => new(date, null, IntervalEnd.Known, IntervalEnd.Known, false);
}
