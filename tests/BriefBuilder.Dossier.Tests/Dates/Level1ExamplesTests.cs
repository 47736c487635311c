using BriefBuilder.Dates;
using static BriefBuilder.Dossier.Tests.Dates.Edtf;

namespace BriefBuilder.Dossier.Tests.Dates;

/// <summary>The level 1 examples of the EDTF specification: qualification, unspecified digits, seasons, long and negative years.</summary>
public class Level1ExamplesTests
{
    [Theory]
    [InlineData("1984?", DateQualifiers.Uncertain, true, false)]
    [InlineData("2004-06~", DateQualifiers.Approximate, false, true)]
    [InlineData("2004-06-11%", DateQualifiers.Uncertain | DateQualifiers.Approximate, true, true)]
    public void A_qualifier_at_the_end_qualifies_the_whole_date(string text, DateQualifiers qualifiers, bool uncertain, bool approximate)
    {
        var date = Date(text);

        Assert.Equal(qualifiers, date.Qualifiers);
        Assert.Equal(uncertain, date.IsUncertain);
        Assert.Equal(approximate, date.IsApproximate);
        Assert.Equal(text, date.Text);
    }

    [Theory]
    [InlineData("2023-10?", "2023-10")]
    [InlineData("2023~", "2023")]
    [InlineData("2023-10-03%", "2023-10-03")]
    [InlineData("2023-21~", "2023-21")]
    [InlineData("202X?", "202X")]
    public void Qualifiers_do_not_widen_the_possible_days(string qualified, string plain)
    {
        var date = Date(qualified);

        Assert.Equal(Date(plain).Earliest, date.Earliest);
        Assert.Equal(Date(plain).Latest, date.Latest);
        Assert.Equal(Date(plain).Precision, date.Precision);
    }

    [Theory]
    [InlineData("201X", DatePrecision.Decade, 2010, "2010-01-01", "2019-12-31")]
    [InlineData("202X", DatePrecision.Decade, 2020, "2020-01-01", "2029-12-31")]
    [InlineData("20XX", DatePrecision.Century, 2000, "2000-01-01", "2099-12-31")]
    [InlineData("99XX", DatePrecision.Century, 9900, "9900-01-01", "9999-12-31")]
    [InlineData("001X", DatePrecision.Decade, 10, "0010-01-01", "0019-12-31")]
    [InlineData("2004-XX", DatePrecision.Year, 2004, "2004-01-01", "2004-12-31")]
    [InlineData("1985-XX-XX", DatePrecision.Year, 1985, "1985-01-01", "1985-12-31")]
    [InlineData("1985-04-XX", DatePrecision.Month, 1985, "1985-04-01", "1985-04-30")]
    [InlineData("2023-12-XX", DatePrecision.Month, 2023, "2023-12-01", "2023-12-31")]
    public void Unspecified_digits_cover_every_day_they_could_stand_for(string text, DatePrecision precision, int year, string earliest, string latest)
    {
        var date = Date(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(year, date.Year);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal(text, date.Text);
    }

    [Theory]
    [InlineData("2004-XX", UnspecifiedParts.Month)]
    [InlineData("1985-XX-XX", UnspecifiedParts.Month | UnspecifiedParts.Day)]
    [InlineData("1985-04-XX", UnspecifiedParts.Day)]
    [InlineData("1985-04", UnspecifiedParts.None)]
    [InlineData("198X", UnspecifiedParts.None)]
    public void Unspecified_parts_are_remembered_without_adding_precision(string text, UnspecifiedParts parts)
    {
        Assert.Equal(parts, Date(text).Unspecified);
    }

    [Fact]
    public void A_month_with_an_unspecified_day_still_names_its_month()
    {
        var date = Date("2023-12-XX");

        Assert.Equal(12, date.Month);
        Assert.Null(date.Day);
    }

    [Fact]
    public void A_year_with_unspecified_month_and_day_differs_from_the_plain_year_only_in_its_text()
    {
        var plain = Date("1985");
        var unspecified = Date("1985-XX-XX");

        Assert.Equal((plain.Earliest, plain.Latest, plain.Precision), (unspecified.Earliest, unspecified.Latest, unspecified.Precision));
        Assert.NotEqual(plain, unspecified);
        Assert.Equal(Valid("1985").SortKey, Valid("1985-XX-XX").SortKey);
    }

    [Theory]
    [InlineData("Y170000002")]
    [InlineData("Y-170000002")]
    [InlineData("Y2023")]
    [InlineData("-1985")]
    [InlineData("-0001-04")]
    public void Letter_prefixed_and_negative_years_are_outside_the_supported_range(string text)
    {
        Assert.Equal(("years before 1 or after 9999 are not supported", 0), Invalid(text));
    }

    [Theory]
    [InlineData("0000", 0)]
    [InlineData("0000-01-01", 0)]
    [InlineData("000X", 0)]
    [InlineData("00XX", 0)]
    [InlineData("9999-24", 5)]
    [InlineData("2023/Y170000002", 5)]
    [InlineData("../-1985", 3)]
    public void Dates_reaching_before_year_1_or_after_9999_are_rejected(string text, int position)
    {
        Assert.Equal(("years before 1 or after 9999 are not supported", position), Invalid(text));
    }

    [Fact]
    public void Years_of_five_digits_are_rejected_at_the_fifth_digit()
    {
        Assert.Equal(("a year has four digits; years before 1 or after 9999 are not supported", 4), Invalid("20231"));
    }
}
