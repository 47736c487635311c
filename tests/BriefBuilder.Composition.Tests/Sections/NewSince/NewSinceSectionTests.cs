using BriefBuilder.Composition.Archive;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections.Cover;
using BriefBuilder.Composition.Sections.NewSince;
using BriefBuilder.Composition.Sections.Summary;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;

namespace BriefBuilder.Composition.Tests.Sections.NewSince;

public class NewSinceSectionTests
{
    private static readonly PriorSnapshot Earlier = new("2023-10-31.pdf", new string('c', 64), new DateOnly(2023, 10, 31), ["C01", "C02", "C03", "C04"]);

    [Fact]
    public void The_section_lists_only_the_statements_the_earlier_snapshot_did_not_include_newest_first()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), TestBriefs.Template(new NewSinceSpec()), new BriefOptions(Since: Earlier));

        var section = NewSinceSection.Compose(context, new NewSinceSpec());

        Assert.Equal(["New since 31 October 2023"], section.Headings(1));
        var text = section.Text();
        Assert.Contains("Statements not in the snapshot 2023-10-31.pdf", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Summary of C06.", StringComparison.Ordinal) < text.IndexOf("Summary of C05.", StringComparison.Ordinal));
        Assert.DoesNotContain("Summary of C04.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_lists_the_newest_and_counts_the_rest()
    {
        var spec = new NewSinceSpec(Limit: 1);
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), TestBriefs.Template(spec), new BriefOptions(Since: Earlier));

        var text = NewSinceSection.Compose(context, spec).Text();

        Assert.Contains("Summary of C06.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Summary of C05.", text, StringComparison.Ordinal);
        Assert.Contains("… and 1 statement more, in the other briefs.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_nothing_new_the_section_says_so()
    {
        var everything = Earlier with { StatementIds = ["C01", "C02", "C03", "C04", "C05", "C06"] };
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), TestBriefs.Template(new NewSinceSpec()), new BriefOptions(Since: everything));

        Assert.Contains("No statement is new since the snapshot 2023-10-31.pdf.", NewSinceSection.Compose(context, new NewSinceSpec()).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_earlier_snapshot_puts_the_section_after_the_opening_cover_and_summary_unless_the_template_places_it()
    {
        SectionSpec[] sections = [new CoverSpec(), new SummarySpec(), new TimelineSpec()];
        SectionSpec[] placed = [new CoverSpec(), new NewSinceSpec(), new SummarySpec()];

        Assert.Equal(["cover", "summary", "new-since", "timeline"], NewSinceSection.Arrange(sections, Earlier).Select(s => s.Kind));
        Assert.Equal(["cover", "new-since", "summary"], NewSinceSection.Arrange(placed, Earlier).Select(s => s.Kind));
    }

    [Fact]
    public void Without_an_earlier_snapshot_the_section_is_left_out()
    {
        SectionSpec[] sections = [new CoverSpec(), new NewSinceSpec(), new SummarySpec()];

        Assert.Equal(["cover", "summary"], NewSinceSection.Arrange(sections, null).Select(s => s.Kind));
    }
}
