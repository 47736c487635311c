using BriefBuilder.Workbooks.Cells;

namespace BriefBuilder.Tests.Workbooks.Cells;

public sealed class ExcelDatesTests
{
    [Theory]
    [InlineData(1, "1900-01-01")]
    [InlineData(59, "1900-02-28")]
    [InlineData(61, "1900-03-01")]
    [InlineData(45204, "2023-10-05")]
    [InlineData(45204.75, "2023-10-05")]
    [InlineData(2958465, "9999-12-31")]
    public void Serials_in_the_1900_system_skip_the_day_that_never_was(double serial, string day)
    {
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), ExcelDates.ToDay(serial, date1904: false).Day);
    }

    [Theory]
    [InlineData(0, "1904-01-01")]
    [InlineData(43742, "2023-10-05")]
    public void Serials_in_the_1904_system_count_from_1904(double serial, string day)
    {
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), ExcelDates.ToDay(serial, date1904: true).Day);
    }

    [Theory]
    [InlineData(60, "1900-02-29")]
    [InlineData(0, "outside")]
    [InlineData(-3, "outside")]
    [InlineData(2958466, "outside")]
    public void Serials_that_are_no_calendar_day_say_why(double serial, string reason)
    {
        var (day, problem) = ExcelDates.ToDay(serial, date1904: false);

        Assert.Null(day);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}
