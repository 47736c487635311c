using BriefBuilder.Composition.Sections.References;
using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections.References;

public class BibliographySectionTests
{
    [Fact]
    public void Every_cited_source_has_an_entry_anchored_for_citation_links_in_the_style_s_order()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), TestBriefs.Template(new TimelineSpec(), new BibliographySpec()));

        var anchors = BibliographySection.Compose(context, new BibliographySpec()).AnchorNames();

        // Chicago orders by author: Council of Europe, European Parliament, Example, UNHCR.
        Assert.Equal(["src-S04", "src-S02", "src-S03", "src-S01"], anchors.Where(a => a.StartsWith("src-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Where_the_brief_prints_ids_entries_link_back_by_id_to_the_claims_and_events_citing_them()
    {
        var template = TestBriefs.Template(new TimelineSpec(), new BibliographySpec()) with { ShowIds = true };
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), template);

        var entry = BibliographySection.Compose(context, new BibliographySpec()).All<Anchor>().Single(a => a.Name == "src-S01");

        Assert.Equal("UNHCR. 2023. “Statement on the Situation.” September 29. [cited in C01, E01]", entry.Text());
        var targets = entry.Spans().Where(s => s.Link is InternalLink).Select(s => ((InternalLink)s.Link!).AnchorName);
        Assert.Equal(["claim-C01", "event-E01"], targets);
    }

    [Fact]
    public void Where_it_does_not_entries_link_back_by_the_pages_the_citing_entries_land_on()
    {
        var template = TestBriefs.Template(new TimelineSpec(), new StanceTablesSpec(), new BibliographySpec());
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), template);

        var entry = BibliographySection.Compose(context, new BibliographySpec()).All<Anchor>().Single(a => a.Name == "src-S01");

        // An ID printed nowhere else in the brief would send the reader of the paper nowhere.
        Assert.DoesNotContain("C01", entry.Text());
        Assert.Equal("UNHCR. 2023. “Statement on the Situation.” September 29. [cited on pp. {pages}]", entry.Text());
        var pages = Assert.Single(entry.All<PageReferences>());
        Assert.Equal(["claim-C01", "claim-C01-stance-tables", "event-E01"], pages.Anchors);
        Assert.Equal("UNHCR. 2023. “Statement on the Situation.” September 29. [cited on p. ", string.Concat(pages.BeforeOne!.Select(s => s.Text)));
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

        Assert.Equal(["Articles", "Reports", "Resolutions", "Interviews"], section.Headings(2));
    }

    [Fact]
    public void Without_back_links_an_entry_is_only_the_formatted_reference()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), TestBriefs.Template(new TimelineSpec(), new BibliographySpec(BackLinks: false)));

        var entry = BibliographySection.Compose(context, new BibliographySpec(BackLinks: false)).All<Anchor>().Single(a => a.Name == "src-S01");

        Assert.Equal("UNHCR. 2023. “Statement on the Situation.” September 29.", entry.Text());
    }

    [Fact]
    public void Back_links_go_only_to_records_that_have_an_entry_of_their_own()
    {
        // A timeline listing no entries anchors neither claims nor events; the stance tables anchor claims.
        var template = TestBriefs.Template(new TimelineSpec(List: TimelineList.None), new StanceTablesSpec(), new BibliographySpec());
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), template);

        var entry = BibliographySection.Compose(context, new BibliographySpec()).All<Anchor>().Single(a => a.Name == "src-S01");

        Assert.Equal(["claim-C01"], Assert.Single(entry.All<PageReferences>()).Anchors);
    }
}
