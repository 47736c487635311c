using BriefBuilder.Dates;
using static BriefBuilder.Dossier.Tests.Dates.Edtf;

namespace BriefBuilder.Dossier.Tests.Dates;

/// <summary>SortKey puts dates in chronological order: earliest day, then the less precise first, then the shorter span.</summary>
public class SortOrderTests
{
    private static string[] Sorted(params string[] texts) =>
        texts.Select(Valid).OrderBy(value => value.SortKey).Select(value => value.ToString()).ToArray();

    [Fact]
    public void Approximate_month_sorts_before_its_first_day()
    {
        Assert.Equal(["2023-10~", "2023-10-01"], Sorted("2023-10-01", "2023-10~"));
    }

    [Fact]
    public void Less_precise_dates_sort_before_more_precise_ones_starting_the_same_day()
    {
        Assert.Equal(
            ["20XX", "2000", "2000-01", "2000-01-01"],
            Sorted("2000-01-01", "2000-01", "2000", "20XX"));
        Assert.Equal(["202X", "2020"], Sorted("2020", "202X"));
    }

    [Fact]
    public void The_earliest_day_decides_before_precision()
    {
        Assert.Equal(["2023-09-30", "2023-10", "2023-10-02"], Sorted("2023-10-02", "2023-10", "2023-09-30"));
    }

    [Fact]
    public void A_season_sorts_before_the_month_it_starts_with_and_after_the_month_before()
    {
        Assert.Equal(["2023-11", "2023-24", "2023-12", "2024-01"], Sorted("2024-01", "2023-12", "2023-24", "2023-11"));
        Assert.Equal(["2023-02", "2023-21", "2023-03"], Sorted("2023-03", "2023-21", "2023-02"));
    }

    [Fact]
    public void Of_two_intervals_starting_the_same_day_the_shorter_sorts_first()
    {
        Assert.Equal(
            ["2023-01-01/2023-01-10", "2023-01-01/2023-03-01", "2023-01-01/.."],
            Sorted("2023-01-01/..", "2023-01-01/2023-03-01", "2023-01-01/2023-01-10"));
    }

    [Fact]
    public void An_interval_with_an_open_start_sorts_first()
    {
        Assert.Equal(["../1985", "1000", "1900"], Sorted("1900", "1000", "../1985"));
    }

    [Fact]
    public void A_single_day_sorts_with_an_interval_starting_that_day_by_span()
    {
        Assert.Equal(["2023-10-16", "2023-10-16/2023-10-23"], Sorted("2023-10-16/2023-10-23", "2023-10-16"));
    }

    [Fact]
    public void Qualifiers_do_not_change_the_sort_key()
    {
        Assert.Equal(Valid("2023-10").SortKey, Valid("2023-10?").SortKey);
        Assert.Equal(Valid("2023-10").SortKey, Valid("2023-10%").SortKey);
    }
}
