using BriefBuilder.Composition.Sections.Timeline;

namespace BriefBuilder.Composition.Tests.Sections.Timeline;

public class MonthAxisTests
{
    [Fact]
    public void An_axis_may_end_in_the_calendars_last_month_and_its_last_day_ends_at_the_right_edge()
    {
        var axis = new MonthAxis(new DateOnly(9999, 1, 1), DateOnly.MaxValue, 10, 120);

        Assert.Equal(12, axis.MonthCount);
        Assert.Equal(new DateOnly(9999, 12, 1), axis.Last);
        Assert.Equal(12, axis.Months.Count());
        Assert.Equal(axis.Right, axis.XAfter(DateOnly.MaxValue));
        Assert.Equal(axis.Left + (11 * axis.MonthWidth), axis.X(new DateOnly(9999, 12, 1)), 6);
    }

    [Fact]
    public void An_axis_from_the_first_year_to_the_last_places_both_ends()
    {
        var axis = new MonthAxis(DateOnly.MinValue, DateOnly.MaxValue, 0, 9999 * 12);

        Assert.Equal(9999 * 12, axis.MonthCount);
        Assert.Equal(0, axis.X(DateOnly.MinValue));
        Assert.Equal(axis.Right, axis.XAfter(DateOnly.MaxValue));
    }

    // November 2020 to April 2024 is 42 months; the 34 before September 2023 share 16 % of 420 pt, the 8 after the rest.
    [Fact]
    public void Months_before_the_focus_are_compressed_behind_a_break()
    {
        var axis = new MonthAxis(new DateOnly(2020, 11, 9), new DateOnly(2024, 4, 15), 0, 420, focus: new DateOnly(2023, 9, 19));

        Assert.Equal(34, axis.Compressed);
        Assert.Equal(420 * 0.16, axis.BreakX!.Value, 6);
        Assert.Equal(axis.BreakX.Value, axis.X(new DateOnly(2023, 9, 1)), 6);
        Assert.Equal(420 * 0.84 / 8, axis.MonthWidth, 6);
        Assert.True(axis.IsCompressed(new DateOnly(2023, 8, 1)));
        Assert.False(axis.IsCompressed(new DateOnly(2023, 9, 1)));
    }

    [Fact]
    public void A_short_stretch_before_the_focus_is_not_compressed()
    {
        var axis = new MonthAxis(new DateOnly(2023, 6, 1), new DateOnly(2024, 4, 1), 0, 110, focus: new DateOnly(2023, 9, 1));

        Assert.Equal(0, axis.Compressed);
        Assert.Null(axis.BreakX);
        Assert.Equal(10, axis.MonthWidth, 6);
    }
}
