namespace BriefBuilder.Workbooks.Cells;

/// <summary>Turns Excel's date serial numbers into calendar days, in either of Excel's two date systems.</summary>
internal static class ExcelDates
{
    // The 1900 system counts 1900-01-01 as day 1 and, copying Lotus 1-2-3, has a 1900-02-29 as day 60 that never
    // existed (ECMA-376 Part 1, 18.17.4.1); days after it are one more than their true count.
    private static readonly DateOnly Day1900 = new(1899, 12, 31);
    private static readonly DateOnly Day1904 = new(1904, 1, 1);
    private const int PhantomLeapDay = 60;

    // 9999-12-31, the last day Excel can show, in each system.
    private const double Last1900 = 2_958_465;
    private const double Last1904 = 2_957_003;

    /// <summary>The calendar day of a serial (its time of day dropped), or an explanation of why it has none.</summary>
    public static (DateOnly? Day, string? Problem) ToDay(double serial, bool date1904)
    {
        if (double.IsNaN(serial) || serial < (date1904 ? 0 : 1) || serial >= (date1904 ? Last1904 : Last1900) + 1)
        {
            return (null, "it is outside the dates Excel can show (1900 to 9999)");
        }

        var whole = (int)Math.Floor(serial);
        if (date1904)
        {
            return (Day1904.AddDays(whole), null);
        }

        if (whole == PhantomLeapDay)
        {
            return (null, "it is 1900-02-29, a day Excel counts but the calendar never had");
        }

        return (Day1900.AddDays(whole < PhantomLeapDay ? whole : whole - 1), null);
    }
}
