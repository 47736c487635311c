using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Dates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections.Timeline;

public class TimelineSectionTests
{
    [Fact]
    public void Entries_run_in_date_order_and_the_same_date_keeps_workbook_order()
    {
        var dossier = Two()
            .Claim("C01", Edtf.On(2023, 10, 5), "a", "I01")
            .Claim("C02", Edtf.On(2023, 9, 1), "a", "I01")
            .Claim("C03", Edtf.On(2023, 10, 5), "b", "I01")
            .Claim("C04", Edtf.On(2023, 10, 5), "a", "I01")
            .Build();

        var ids = TimelineEntries.Ordered(TestBriefs.Context(dossier).Selection).Select(e => e.Id);

        Assert.Equal(["C02", "C01", "C03", "C04"], ids);
    }

    [Fact]
    public void An_approximate_month_comes_before_the_days_of_that_month_and_events_before_claims_of_their_day()
    {
        var ids = TimelineEntries.Ordered(TestBriefs.Context(DossierBuilder.Sample().Build()).Selection).Select(e => e.Id);

        Assert.Equal(["E01", "E02", "C01", "C04", "C02", "C03", "C05", "C06"], ids);
    }

    [Fact]
    public void Entries_are_grouped_by_year_then_month_with_vaguer_dates_first_in_their_year()
    {
        var dossier = Two()
            .Claim("C01", Edtf.On(2023, 10, 5), "a", "I01")
            .Claim("C02", Edtf.On(Edtf.Season(2023, Season.Autumn)), "a", "I01")
            .Claim("C03", Edtf.On(2024, 1, 5), "a", "I01")
            .Build();
        var section = TimelineSection.Compose(TestBriefs.Context(dossier), new TimelineSpec(Graphic: false));

        Assert.Equal(["2023", "2024"], section.Headings(2));
        Assert.Equal(["Date within the year not known", "October 2023", "January 2024"], section.Headings(3).Select(ElementQueries.Plain));
    }

    [Fact]
    public void Every_claim_and_event_has_exactly_one_anchor_in_the_timeline()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var anchors = TimelineSection.Compose(context, new TimelineSpec()).AnchorNames();

        Assert.Equal(
            ["event-E01", "event-E02", "claim-C01", "claim-C04", "claim-C02", "claim-C03", "claim-C05", "claim-C06"],
            anchors.Where(a => !a.StartsWith("section-", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_entry_shows_its_date_label_speaker_with_role_and_institution_summary_and_linked_citation()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());
        var section = TimelineSection.Compose(context, new TimelineSpec(Graphic: false));

        var entry = section.All<Anchor>().Single(a => a.Name == "claim-C01");

        Assert.Equal("29 September 2023\nKofi Sample, Representative, United Nations Refugee Agency\nSummary of C01. (UNHCR 2023)", ElementQueries.Plain(entry.Text()));
        var link = Assert.Single(entry.Spans(), s => s.Link is not null);
        Assert.Equal(new InternalLink("src-S01"), link.Link);
    }

    [Fact]
    public void An_approximate_date_says_so_in_the_list()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var entry = TimelineSection.Compose(context, new TimelineSpec(Graphic: false)).All<Anchor>().Single(a => a.Name == "claim-C04");

        Assert.StartsWith("c. October 2023\nEuropean Parliament\n", ElementQueries.Plain(entry.Text()));
    }

    [Fact]
    public void The_main_anchor_of_a_claim_belongs_to_the_first_section_that_lists_it()
    {
        var template = TestBriefs.Template(new StanceTablesSpec(), new TimelineSpec());
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), template);

        var anchors = TimelineSection.Compose(context, new TimelineSpec()).AnchorNames();

        Assert.Contains("claim-C01-timeline", anchors);
        Assert.DoesNotContain("claim-C01", anchors);
    }

    [Fact]
    public void An_empty_period_says_there_is_nothing_to_show()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), options: new BriefOptions(AsOf: new DateOnly(2000, 1, 1)));

        var section = TimelineSection.Compose(context, new TimelineSpec());

        Assert.Contains("No statements or events in this period.", section.Text());
        Assert.Empty(section.All<Canvas>());
    }

    [Fact]
    public void An_interval_with_an_open_start_is_placed_at_its_end_not_at_the_beginning_of_time()
    {
        var dossier = Two()
            .Claim("C01", Edtf.On(2023, 9, 5), "a", "I01")
            .Claim("C02", Edtf.Until(Edtf.Day(2023, 10, 3)), "a", "I01")
            .Build();
        var section = TimelineSection.Compose(TestBriefs.Context(dossier), new TimelineSpec());

        Assert.Equal(["2023"], section.Headings(2));
        Assert.Equal(["September 2023", "October 2023"], section.Headings(3).Select(ElementQueries.Plain));
        Assert.Contains("until 3 October 2023", ElementQueries.Plain(section.Text()));
    }

    [Fact]
    public void The_list_may_show_only_events_or_nothing_under_the_graphic()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var events = TimelineSection.Compose(context, new TimelineSpec(List: TimelineList.Events)).AnchorNames();
        var none = TimelineSection.Compose(context, new TimelineSpec(List: TimelineList.None));

        Assert.Equal(["event-E01", "event-E02"], events.Where(a => !a.StartsWith("section-", StringComparison.Ordinal)));
        Assert.Single(none.All<Canvas>(), c => c.AltText.StartsWith("Timeline,", StringComparison.Ordinal));
        Assert.Empty(none.Headings(2));
    }

    [Fact]
    public void The_date_column_fits_the_widest_date_that_cannot_break()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());
        var entries = TimelineEntries.Ordered(context.Selection);

        var width = TimelineRows.DateColumnWidth(context, entries);

        Assert.True(width >= context.Widths.Of("29 September 2023", context.Styles.Label));
        Assert.True(width <= context.ContentWidth * 0.24);
    }

    private static DossierBuilder Two() => new DossierBuilder().Stance("a", "A").Stance("b", "B").Institution("I01", "One");
}
