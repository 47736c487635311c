using BriefBuilder.Dates;
using static BriefBuilder.Dossier.Tests.Dates.Edtf;

namespace BriefBuilder.Dossier.Tests.Dates;

/// <summary>EDTF level 0 date-and-time: accepted, checked, and kept at day precision (the time is set aside).</summary>
public class DateTimeTests
{
    [Theory]
    [InlineData("1985-04-12T23:20:30")]
    [InlineData("1985-04-12T23:20:30Z")]
    [InlineData("1985-04-12T23:20:30-04")]
    [InlineData("1985-04-12T23:20:30+04:30")]
    [InlineData("1985-04-12T00:00:00Z")]
    public void A_date_and_time_keeps_the_calendar_date_as_written_at_day_precision(string text)
    {
        var date = Date(text);

        Assert.Equal(DatePrecision.Day, date.Precision);
        Assert.Equal(Day(1985, 4, 12), date.Earliest);
        Assert.Equal(Day(1985, 4, 12), date.Latest);
        Assert.Equal("1985-04-12", date.Text);
    }

    [Fact]
    public void A_late_evening_time_behind_utc_is_not_moved_to_the_next_day()
    {
        Assert.Equal(Day(2023, 10, 3), Date("2023-10-03T23:30:00-05:00").Earliest);
    }

    [Theory]
    [InlineData("2023-10-03T24:00:00", 11, "hour")]
    [InlineData("2023-10-03T1:00:00", 11, "hour")]
    [InlineData("2023-10-03T10:60:00", 14, "minutes")]
    [InlineData("2023-10-03T10:00", 16, "seconds")]
    [InlineData("2023-10-03T10-00-00", 13, "minutes")]
    [InlineData("2023-10-03T10:00:61Z", 17, "seconds")]
    [InlineData("2023-10-03T10:00:00+5", 20, "zone's hours")]
    [InlineData("2023-10-03T10:00:00+05:3", 23, "zone's minutes")]
    public void A_malformed_time_is_rejected_where_it_goes_wrong(string text, int position, string part)
    {
        var (error, at) = Invalid(text);

        Assert.Equal(position, at);
        Assert.Contains(part, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-10-03T10:00:00.5Z", 19)]
    [InlineData("2023-10-03T10:00:00+0530", 22)]
    [InlineData("2023-10-03T10:00:00Z ok", 20)]
    public void Anything_after_a_complete_time_is_rejected(string text, int position)
    {
        var (error, at) = Invalid(text);

        Assert.Equal(position, at);
        Assert.StartsWith("unexpected", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023T10:00:00", 4)]
    [InlineData("2023-10T10:00:00", 7)]
    [InlineData("2023-10-XXT10:00:00", 10)]
    public void A_time_needs_a_full_date(string text, int position)
    {
        Assert.Equal(("a time of day needs a full date (year, month and day)", position), Invalid(text));
    }

    [Fact]
    public void A_date_with_a_time_cannot_be_qualified()
    {
        Assert.Equal(("a date with a time of day cannot be qualified", 20), Invalid("2023-10-03T10:00:00Z?"));
    }

    [Theory]
    [InlineData("2023-10-03T10:00:00/2023-10-05", 10)]
    [InlineData("2023-10-03/2023-10-05T10:00:00Z", 21)]
    public void The_dates_of_an_interval_cannot_carry_a_time(string text, int position)
    {
        Assert.Equal(("the dates of an interval cannot carry a time of day", position), Invalid(text));
    }

    [Fact]
    public void A_zone_without_a_time_is_rejected_with_an_example()
    {
        var (error, at) = Invalid("2023-10-03Z");

        Assert.Equal(10, at);
        Assert.Contains("2023-10-03T10:00:00Z", error, StringComparison.Ordinal);
    }
}
