using BriefBuilder.Composition.Sections.References;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections.References;

public class BibliographySectionTests
{
    [Fact]
    public void Every_cited_source_has_an_entry_anchored_for_citation_links()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), TestBriefs.Template(new TimelineSpec(), new BibliographySpec()));

        var anchors = BibliographySection.Compose(context, new BibliographySpec()).AnchorNames();

        Assert.Equal(["src-S01", "src-S02", "src-S03", "src-S04"], anchors.Where(a => a.StartsWith("src-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Entries_link_back_to_the_claims_and_events_citing_them()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), TestBriefs.Template(new TimelineSpec(), new BibliographySpec()));

        var entry = BibliographySection.Compose(context, new BibliographySpec()).All<Anchor>().Single(a => a.Name == "src-S01");

        Assert.Equal("Entry S01. Statement on the situation [cited in E01, C01]", entry.Text());
        var targets = entry.Spans().Where(s => s.Link is InternalLink).Select(s => ((InternalLink)s.Link!).AnchorName);
        Assert.Equal(["event-E01", "claim-C01"], targets);
    }

    [Fact]
    public void Urls_are_clickable_links()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), TestBriefs.Template(new TimelineSpec(), new BibliographySpec()));

        var entry = BibliographySection.Compose(context, new BibliographySpec()).All<Anchor>().Single(a => a.Name == "src-S02");

        var url = Assert.Single(entry.Spans(), s => s.Link is ExternalLink);
        Assert.Equal(new ExternalLink("https://example.org/res"), url.Link);
        Assert.True(url.Style.Underline);
    }

    [Fact]
    public void Entries_hang_about_twelve_millimetres_and_are_kept_whole()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), TestBriefs.Template(new TimelineSpec(), new BibliographySpec()));

        var section = BibliographySection.Compose(context, new BibliographySpec());

        var entries = section.All<KeepTogether>().ToList();
        Assert.Equal(4, entries.Count);
        Assert.All(entries.SelectMany(e => e.All<Paragraph>()), p => Assert.InRange(p.Style!.HangingIndent, 31, 37));
    }

    [Fact]
    public void Sources_can_be_grouped_by_type()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), TestBriefs.Template(new TimelineSpec(), new BibliographySpec(ByType: true)));

        var section = BibliographySection.Compose(context, new BibliographySpec(ByType: true));

        Assert.Equal(["Article", "Report", "Resolution", "Interview"], section.Headings(2));
    }

    [Fact]
    public void Without_back_links_an_entry_is_only_the_formatted_reference()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), TestBriefs.Template(new TimelineSpec(), new BibliographySpec(BackLinks: false)));

        var entry = BibliographySection.Compose(context, new BibliographySpec(BackLinks: false)).All<Anchor>().Single(a => a.Name == "src-S01");

        Assert.Equal("Entry S01. Statement on the situation", entry.Text());
    }
}
