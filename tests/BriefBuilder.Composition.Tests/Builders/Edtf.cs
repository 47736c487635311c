using BriefBuilder.Dates;

namespace BriefBuilder.Composition.Tests.Builders;

/// <summary>EDTF values built directly, so date-label tests do not depend on the parser.</summary>
internal static class Edtf
{
    public static EdtfDate Day(int year, int month, int day, DateQualifiers qualifiers = DateQualifiers.None)
    {
        var date = new DateOnly(year, month, day);
        return new EdtfDate(year, month, day, null, DatePrecision.Day, qualifiers, date, date, $"{year:0000}-{month:00}-{day:00}");
    }

    public static EdtfDate Month(int year, int month, DateQualifiers qualifiers = DateQualifiers.None) =>
        new(year, month, null, null, DatePrecision.Month, qualifiers, new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), $"{year:0000}-{month:00}");

    public static EdtfDate Year(int year, DateQualifiers qualifiers = DateQualifiers.None) =>
        new(year, null, null, null, DatePrecision.Year, qualifiers, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"{year:0000}");

    public static EdtfDate Season(int year, Season season, DateQualifiers qualifiers = DateQualifiers.None)
    {
        var first = season switch
        {
            BriefBuilder.Dates.Season.Spring => new DateOnly(year, 3, 1),
            BriefBuilder.Dates.Season.Summer => new DateOnly(year, 6, 1),
            BriefBuilder.Dates.Season.Autumn => new DateOnly(year, 9, 1),
            _ => new DateOnly(year, 12, 1),
        };
        return new EdtfDate(year, null, null, season, DatePrecision.Season, qualifiers, first, first.AddMonths(3).AddDays(-1), $"{year:0000}-{(int)season}");
    }

    public static EdtfDate Decade(int firstYear) =>
        new(firstYear, null, null, null, DatePrecision.Decade, DateQualifiers.None, new DateOnly(firstYear, 1, 1), new DateOnly(firstYear + 9, 12, 31), $"{firstYear / 10}");

    public static EdtfDate Century(int firstYear) =>
        new(firstYear, null, null, null, DatePrecision.Century, DateQualifiers.None, new DateOnly(firstYear, 1, 1), new DateOnly(firstYear + 99, 12, 31), $"{firstYear / 100}");

    public static DateValue On(EdtfDate date) => new(date, null, IntervalEnd.Known, IntervalEnd.Known, false);

    public static DateValue On(int year, int month, int day) => On(Day(year, month, day));

    public static DateValue Between(EdtfDate start, EdtfDate end) => new(start, end, IntervalEnd.Known, IntervalEnd.Known, true);

    /// <summary>"2023-09-19/..": still going on.</summary>
    public static DateValue From(EdtfDate start) => new(start, null, IntervalEnd.Known, IntervalEnd.Open, true);

    /// <summary>"../2023-10-03": began at some unstated time.</summary>
    public static DateValue Until(EdtfDate end) => new(null, end, IntervalEnd.Open, IntervalEnd.Known, true);

    /// <summary>"2023-09-19/": the end is not known.</summary>
    public static DateValue FromUnknownEnd(EdtfDate start) => new(start, null, IntervalEnd.Known, IntervalEnd.Unknown, true);
}
