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
}
