using BriefBuilder.Dates;
using static BriefBuilder.Dossier.Tests.Dates.Edtf;

namespace BriefBuilder.Dossier.Tests.Dates;

/// <summary>EDTF level 1 seasons 21-24, read as northern-hemisphere meteorological seasons of three whole months.</summary>
public class SeasonTests
{
    [Theory]
    [InlineData("2001-21", Season.Spring, "2001-03-01", "2001-05-31")]
    [InlineData("2001-22", Season.Summer, "2001-06-01", "2001-08-31")]
    [InlineData("2001-23", Season.Autumn, "2001-09-01", "2001-11-30")]
    [InlineData("2001-24", Season.Winter, "2001-12-01", "2002-02-28")]
    public void A_season_covers_three_whole_months(string text, Season season, string earliest, string latest)
    {
        var date = Date(text);

        Assert.Equal(season, date.Season);
        Assert.Equal(DatePrecision.Season, date.Precision);
        Assert.Null(date.Month);
        Assert.Equal(2001, date.Year);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal(text, date.Text);
    }

    [Fact]
    public void Winter_2023_runs_into_the_leap_february_of_2024()
    {
        var winter = Date("2023-24");

        Assert.Equal(Day(2023, 12, 1), winter.Earliest);
        Assert.Equal(Day(2024, 2, 29), winter.Latest);
    }

    [Fact]
    public void A_season_may_be_qualified()
    {
        var date = Date("2023-21?");

        Assert.True(date.IsUncertain);
        Assert.Equal(Season.Spring, date.Season);
    }

    [Fact]
    public void Seasons_may_bound_an_interval()
    {
        var value = Valid("2023-21/2023-23");

        Assert.Equal(Day(2023, 3, 1), value.Earliest);
        Assert.Equal(Day(2023, 11, 30), value.Latest);
    }

    [Fact]
    public void A_season_has_no_day()
    {
        Assert.Equal(("a season has no day", 7), Invalid("2023-21-05"));
    }

    [Fact]
    public void Winter_9999_would_end_after_9999()
    {
        Assert.Equal(("years before 1 or after 9999 are not supported", 5), Invalid("9999-24"));
        Assert.Equal(Day(9999, 11, 30), Date("9999-23").Latest);
    }
}
