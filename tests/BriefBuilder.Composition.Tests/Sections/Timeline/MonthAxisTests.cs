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
}
