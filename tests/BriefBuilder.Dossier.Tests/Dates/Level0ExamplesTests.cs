using BriefBuilder.Dates;
using static BriefBuilder.Dossier.Tests.Dates.Edtf;

namespace BriefBuilder.Dossier.Tests.Dates;

/// <summary>The level 0 examples of the EDTF specification (ISO 8601-2:2019 profile): dates and intervals.</summary>
public class Level0ExamplesTests
{
    [Fact]
    public void A_complete_date_has_day_precision()
    {
        var date = Date("1985-04-12");

        Assert.Equal((1985, 4, 12), (date.Year, date.Month!.Value, date.Day!.Value));
        Assert.Equal(DatePrecision.Day, date.Precision);
        Assert.Equal(Day(1985, 4, 12), date.Earliest);
        Assert.Equal(Day(1985, 4, 12), date.Latest);
        Assert.Equal(DateQualifiers.None, date.Qualifiers);
        Assert.Null(date.Season);
    }

    [Fact]
    public void A_year_and_month_covers_the_whole_month()
    {
        var date = Date("1985-04");

        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal(4, date.Month);
        Assert.Null(date.Day);
        Assert.Equal(Day(1985, 4, 1), date.Earliest);
        Assert.Equal(Day(1985, 4, 30), date.Latest);
    }

    [Fact]
    public void A_year_covers_the_whole_year()
    {
        var date = Date("1985");

        Assert.Equal(DatePrecision.Year, date.Precision);
        Assert.Null(date.Month);
        Assert.Equal(Day(1985, 1, 1), date.Earliest);
        Assert.Equal(Day(1985, 12, 31), date.Latest);
    }

    [Fact]
    public void February_of_a_leap_year_ends_on_the_29th()
    {
        Assert.Equal(Day(2024, 2, 29), Date("2024-02").Latest);
        Assert.Equal(Day(2023, 2, 28), Date("2023-02").Latest);
        Assert.Equal(Day(2000, 2, 29), Date("2000-02").Latest);
        Assert.Equal(Day(1900, 2, 28), Date("1900-02").Latest);
    }

    [Theory]
    [InlineData("1964/2008", "1964-01-01", "2008-12-31")]
    [InlineData("2004-06/2006-08", "2004-06-01", "2006-08-31")]
    [InlineData("2004-02-01/2005-02-08", "2004-02-01", "2005-02-08")]
    [InlineData("2004-02-01/2005-02", "2004-02-01", "2005-02-28")]
    [InlineData("2004-02-01/2005", "2004-02-01", "2005-12-31")]
    [InlineData("2005/2006-02", "2005-01-01", "2006-02-28")]
    public void An_interval_runs_from_the_start_of_its_first_date_to_the_end_of_its_last(string text, string earliest, string latest)
    {
        var value = Valid(text);

        Assert.True(value.IsInterval);
        Assert.Equal((IntervalEnd.Known, IntervalEnd.Known), (value.StartKind, value.EndKind));
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), value.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), value.Latest);
        Assert.Equal(text, value.ToString());
    }

    [Fact]
    public void The_ends_of_an_interval_keep_their_own_precision()
    {
        var value = Valid("2004-02-01/2005");

        Assert.Equal(DatePrecision.Day, value.Start!.Precision);
        Assert.Equal(DatePrecision.Year, value.End!.Precision);
    }

    [Theory]
    [InlineData("1985-04-12")]
    [InlineData("1985-04")]
    [InlineData("1985")]
    [InlineData("0001")]
    [InlineData("9999-12-31")]
    public void A_canonical_date_formats_back_to_its_text(string text)
    {
        Assert.Equal(text, Valid(text).ToString());
        Assert.Equal(text, Date(text).Text);
    }

    [Fact]
    public void Surrounding_whitespace_is_ignored()
    {
        var value = Valid(" \t2023-10-03\n ");

        Assert.Equal("2023-10-03", value.ToString());
        Assert.Equal(Valid("2023-10-03"), value);
    }

    [Fact]
    public void A_day_from_a_real_excel_date_equals_the_same_day_parsed()
    {
        var fromExcel = DateValue.OfDay(Day(2023, 10, 3));

        Assert.Equal(Valid("2023-10-03"), fromExcel);
        Assert.Equal("2023-10-03", fromExcel.ToString());
        Assert.Equal(DatePrecision.Day, fromExcel.Start!.Precision);
    }
}
