using BriefBuilder.Dates;
using static BriefBuilder.Dossier.Tests.Dates.Edtf;

namespace BriefBuilder.Dossier.Tests.Dates;

/// <summary>EDTF level 1 extended intervals: open (`..`) and unknown (empty) ends, and qualified dates inside intervals.</summary>
public class IntervalTests
{
    [Theory]
    [InlineData("1985-04-12/..", IntervalEnd.Known, IntervalEnd.Open)]
    [InlineData("1985-04/..", IntervalEnd.Known, IntervalEnd.Open)]
    [InlineData("1985/..", IntervalEnd.Known, IntervalEnd.Open)]
    [InlineData("../1985-04-12", IntervalEnd.Open, IntervalEnd.Known)]
    [InlineData("../1985-04", IntervalEnd.Open, IntervalEnd.Known)]
    [InlineData("../1985", IntervalEnd.Open, IntervalEnd.Known)]
    [InlineData("1985-04-12/", IntervalEnd.Known, IntervalEnd.Unknown)]
    [InlineData("1985-04/", IntervalEnd.Known, IntervalEnd.Unknown)]
    [InlineData("1985/", IntervalEnd.Known, IntervalEnd.Unknown)]
    [InlineData("/1985-04-12", IntervalEnd.Unknown, IntervalEnd.Known)]
    [InlineData("/1985-04", IntervalEnd.Unknown, IntervalEnd.Known)]
    [InlineData("/1985", IntervalEnd.Unknown, IntervalEnd.Known)]
    public void Open_and_unknown_ends_are_told_apart_and_formatted_back(string text, IntervalEnd startKind, IntervalEnd endKind)
    {
        var value = Valid(text);

        Assert.True(value.IsInterval);
        Assert.Equal((startKind, endKind), (value.StartKind, value.EndKind));
        Assert.Equal(startKind == IntervalEnd.Known, value.Start is not null);
        Assert.Equal(endKind == IntervalEnd.Known, value.End is not null);
        Assert.Equal(text, value.ToString());
    }

    [Fact]
    public void An_interval_open_at_its_end_has_no_latest_day()
    {
        var value = Valid("2023-09-19/..");

        Assert.Equal(Day(2023, 9, 19), value.Earliest);
        Assert.Equal(DateOnly.MaxValue, value.Latest);
    }

    [Fact]
    public void An_interval_with_an_unknown_start_has_no_earliest_day()
    {
        var value = Valid("/2023-12");

        Assert.Equal(DateOnly.MinValue, value.Earliest);
        Assert.Equal(Day(2023, 12, 31), value.Latest);
    }

    [Theory]
    [InlineData("1984~/2004-06", DateQualifiers.Approximate, DateQualifiers.None)]
    [InlineData("1984/2004-06~", DateQualifiers.None, DateQualifiers.Approximate)]
    [InlineData("1984~/2004~", DateQualifiers.Approximate, DateQualifiers.Approximate)]
    [InlineData("1984?/2004%", DateQualifiers.Uncertain, DateQualifiers.Uncertain | DateQualifiers.Approximate)]
    [InlineData("1984-06?/2004-08?", DateQualifiers.Uncertain, DateQualifiers.Uncertain)]
    [InlineData("1984-06-02?/2004-08-08~", DateQualifiers.Uncertain, DateQualifiers.Approximate)]
    [InlineData("2004-06~/2004-08?", DateQualifiers.Approximate, DateQualifiers.Uncertain)]
    public void Each_date_of_an_interval_carries_its_own_qualifier(string text, DateQualifiers start, DateQualifiers end)
    {
        var value = Valid(text);

        Assert.Equal(start, value.Start!.Qualifiers);
        Assert.Equal(end, value.End!.Qualifiers);
        Assert.Equal(text, value.ToString());
    }

    [Fact]
    public void A_qualified_date_may_face_an_unknown_end()
    {
        var value = Valid("1984-06-02?/");

        Assert.True(value.Start!.IsUncertain);
        Assert.Equal(IntervalEnd.Unknown, value.EndKind);
    }

    [Theory]
    [InlineData("2023-10/2023-10-05")]
    [InlineData("2023-10-31/2023-10")]
    [InlineData("2023/2023-01-01")]
    [InlineData("2023-12-31/2023")]
    [InlineData("2023-10-16/2023-10-16")]
    [InlineData("202X/2025")]
    [InlineData("2023-24/2024-02")]
    public void Ends_of_different_precision_may_overlap(string text)
    {
        var value = Valid(text);

        Assert.True(value.Earliest <= value.Latest);
    }

    [Theory]
    [InlineData("2023-10-23/2023-10-16", 11)]
    [InlineData("2023-11/2023-10-31", 8)]
    [InlineData("2024/2023-12", 5)]
    [InlineData("2023-24/2023-11", 8)]
    [InlineData("2023-10-03~/2023-10-02?", 12)]
    public void An_interval_that_must_end_before_it_starts_is_rejected_at_its_end(string text, int position)
    {
        Assert.Equal(("the interval ends before it starts", position), Invalid(text));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("../..")]
    [InlineData("/..")]
    [InlineData("../")]
    public void An_interval_needs_at_least_one_date(string text)
    {
        Assert.Equal(("an interval needs at least one date", 0), Invalid(text));
    }

    [Fact]
    public void Open_on_its_own_is_not_a_date()
    {
        Assert.Equal(("'..' marks an open end of an interval and cannot stand alone", 0), Invalid(".."));
    }

    [Fact]
    public void Nothing_may_follow_an_open_end()
    {
        var (error, position) = Invalid("..?/2023");

        Assert.Equal(2, position);
        Assert.StartsWith("unexpected '?'", error, StringComparison.Ordinal);
    }
}
