using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Tests.Builders;

namespace BriefBuilder.Composition.Tests.Sections.Timeline;

public sealed class TimelineEntriesTests
{
    [Fact]
    public void An_event_comes_before_the_statements_of_the_same_day_whatever_their_precision()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Claim("C01", Edtf.On(2023, 9, 19), "a", "I01")
            .Event("E01", Edtf.Between(Edtf.Day(2023, 9, 19), Edtf.Day(2023, 9, 20)), "Offensive")
            .Build();

        var ordered = TimelineEntries.Ordered(TestBriefs.Context(dossier).Selection);

        Assert.Equal(["E01", "C01"], ordered.Select(e => e.Id));
    }

    [Fact]
    public void Undated_statements_come_after_every_dated_entry_in_the_order_of_their_windows()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Claim("C01", null, "a", "I01", window: Edtf.Between(Edtf.Month(2023, 9), Edtf.Day(2024, 4, 15)))
            .Claim("C02", Edtf.On(2024, 4, 15), "a", "I01")
            .Claim("C03", null, "a", "I01", window: Edtf.Between(Edtf.Month(2022, 12), Edtf.Day(2024, 4, 15)))
            .Claim("C04", null, "a", "I01")
            .Build();

        var groups = TimelineEntries.Grouped(TimelineEntries.Ordered(TestBriefs.Context(dossier).Selection));

        Assert.Equal(["C02"], groups[0].Entries.Select(e => e.Id));
        Assert.True(groups[^1].IsUndated);
        Assert.Equal(["C03", "C01", "C04"], groups[^1].Entries.Select(e => e.Id));
    }

    [Fact]
    public void On_one_first_day_the_less_precise_date_comes_first_then_the_shorter_span_and_equal_dates_keep_their_order()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Claim("C01", Edtf.On(2023, 9, 1), "a", "I01")
            .Claim("C02", Edtf.Between(Edtf.Day(2023, 9, 1), Edtf.Day(2023, 9, 30)), "a", "I01")
            .Claim("C03", Edtf.On(Edtf.Month(2023, 9)), "a", "I01")
            .Claim("C04", Edtf.Between(Edtf.Day(2023, 9, 1), Edtf.Day(2023, 9, 5)), "a", "I01")
            .Claim("C05", Edtf.On(2023, 9, 1), "a", "I01")
            .Build();

        var ordered = TimelineEntries.Ordered(TestBriefs.Context(dossier).Selection);

        // September 2023 is a month; the rest are days, the two intervals ending on the 5th and the 30th.
        Assert.Equal(["C03", "C01", "C05", "C04", "C02"], ordered.Select(e => e.Id));
    }

    [Fact]
    public void Groups_run_by_year_then_month_with_a_year_s_entries_of_no_known_month_ahead_of_its_months()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Claim("C01", Edtf.On(2024, 1, 10), "a", "I01")
            .Claim("C02", Edtf.On(Edtf.Year(2023)), "a", "I01")
            .Claim("C03", Edtf.On(2023, 10, 2), "a", "I01")
            .Claim("C04", Edtf.On(2023, 9, 19), "a", "I01")
            .Claim("C05", Edtf.On(2023, 10, 1), "a", "I01")
            .Build();

        var groups = TimelineEntries.Grouped(TimelineEntries.Ordered(TestBriefs.Context(dossier).Selection));

        Assert.Equal([(2023, (int?)null), (2023, 9), (2023, 10), (2024, 1)], groups.Select(g => (g.Year!.Value, g.Month)));
        Assert.Equal(["C05", "C03"], groups[2].Entries.Select(e => e.Id));
    }
}
