using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections.Cover;
using BriefBuilder.Composition.Sections.People;
using BriefBuilder.Composition.Sections.Provenance;
using BriefBuilder.Composition.Sections.References;
using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Sections.Summary;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Briefs;

public class BriefComposerTests
{
    private static readonly BriefTemplate Archival = TestBriefs.Template(
        new CoverSpec(), new SummarySpec(), new TimelineSpec(), new StanceTablesSpec(Overview: true), new WhosWhoSpec(), new BibliographySpec(), new ProvenanceSpec());

    [Fact]
    public void Sections_appear_in_template_order()
    {
        var document = Compose(DossierBuilder.Sample().Build(), Archival);

        Assert.Equal(
            ["Summary", "Timeline", "Positions by stance", "Who’s who", "Sources", "Method and provenance"],
            document.Body.Headings(1));
    }

    [Fact]
    public void Every_internal_link_lands_on_an_anchor_of_the_document()
    {
        var document = Compose(DossierBuilder.Sample().Build(), Archival);

        var anchors = document.Body.AnchorNames().ToHashSet();
        var targets = document.Body.Spans().Select(s => s.Link).OfType<InternalLink>().Select(l => l.AnchorName).ToList();

        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.Contains(t, anchors));
        Assert.Equal(anchors.Count, document.Body.AnchorNames().Count);
    }

    [Fact]
    public void Links_land_on_anchors_also_when_the_timeline_lists_nothing_and_stances_flow_in_columns()
    {
        var handout = TestBriefs.Template(
            new CoverSpec(), new SummarySpec(), new TimelineSpec(List: TimelineList.None), new StanceTablesSpec(Columns: true), new BibliographySpec());

        var document = Compose(DossierBuilder.Sample().Build(), handout);

        var anchors = document.Body.AnchorNames().ToHashSet();
        Assert.All(document.Body.Spans().Select(s => s.Link).OfType<InternalLink>(), l => Assert.Contains(l.AnchorName, anchors));
    }

    [Fact]
    public void Every_claim_appears_in_the_timeline_and_in_a_stance_table()
    {
        var dossier = DossierBuilder.Sample().Build();

        var anchors = Compose(dossier, Archival).Body.AnchorNames();

        Assert.All(dossier.Claims, c =>
        {
            Assert.Contains($"claim-{c.Id}", anchors);
            Assert.Contains($"claim-{c.Id}-stance-tables", anchors);
        });
    }

    [Fact]
    public void The_first_page_has_no_running_header_and_later_pages_show_short_title_and_section()
    {
        var document = Compose(DossierBuilder.Sample().Build(), Archival);

        Assert.Null(document.Furniture!.Header!(new PageContext(1, 5, null)));
        var header = document.Furniture.Header(new PageContext(2, 5, "Timeline"))!;
        Assert.Equal("Positions on the displacement\nTimeline", header.Text());
    }

    [Fact]
    public void The_footer_says_page_n_of_m_and_the_as_of_date_in_the_brief_s_language()
    {
        var english = Compose(DossierBuilder.Sample().Build(), Archival);
        var french = Compose(DossierBuilder.Sample().Build(), Archival, language: "fr");

        Assert.Equal("As of 15 April 2024\nPage 2 of 5", ElementQueries.Plain(english.Furniture!.Footer!(new PageContext(2, 5, "Timeline"))!.Text()));
        Assert.Equal("Situation au 15 avril 2024\nPage 2 sur 5", ElementQueries.Plain(french.Furniture!.Footer!(new PageContext(2, 5, "Timeline"))!.Text()));
    }

    [Fact]
    public void A_long_title_is_shortened_at_a_word_for_the_running_header()
    {
        var title = "Statements by governments, courts and international organisations on the exodus of 2023 and its aftermath";

        var shortTitle = Furniture.ShortTitle(title);

        Assert.True(shortTitle.Length <= 60);
        Assert.EndsWith("…", shortTitle);
        Assert.StartsWith(shortTitle.TrimEnd('…'), title);
        Assert.Equal("The exodus of autumn 2023", Furniture.ShortTitle("The exodus of autumn 2023: statements by governments, courts and international organisations since 2023"));
    }

    [Fact]
    public void A_draft_claim_puts_a_draft_watermark_on_the_brief_and_verified_claims_do_not()
    {
        var draft = DossierBuilder.Sample().Claim("C07", Edtf.On(2024, 1, 1), "recognises", "I01", status: ClaimStatus.Draft).Build();

        Assert.Equal("DRAFT", Compose(draft, Archival).Watermark);
        Assert.Equal("BROUILLON", Compose(draft, Archival, language: "fr").Watermark);
        Assert.Null(Compose(DossierBuilder.Sample().Build(), Archival).Watermark);
        Assert.Null(Compose(draft, Archival with { Watermark = WatermarkChoice.None }).Watermark);
    }

    [Fact]
    public void The_creation_date_is_the_as_of_date_never_the_clock()
    {
        var document = Compose(DossierBuilder.Sample().Build(), Archival, new BriefOptions(AsOf: new DateOnly(2023, 12, 31)));

        Assert.Equal(new DateTimeOffset(2023, 12, 31, 0, 0, 0, TimeSpan.Zero), document.Info.CreationDate);
        Assert.Equal("en", document.Info.Language);
        Assert.Equal("Positions on the displacement", document.Info.Title);
    }

    [Fact]
    public void The_contents_follow_the_cover_and_summary()
    {
        var document = Compose(DossierBuilder.Sample().Build(), Archival with { TableOfContents = true });

        var body = ((Column)document.Body).Children;
        Assert.Equal(new PageBreak(SparesFirstPage: true), body[2]);
        var contents = body[3].All<TableOfContents>().Single();
        Assert.Equal(body[3].All<Heading>().Single().Spans[0].Style.Family, contents.Style!.Family);
        Assert.Equal("Contents", body[3].Headings(2).Single());
    }

    [Fact]
    public void Sections_set_to_start_a_page_automatically_break_only_where_less_than_half_a_page_is_left()
    {
        var document = Compose(DossierBuilder.Sample().Build(), Archival with { NewPagePerSection = SectionStart.NewPageUnlessHalfLeft });

        var breaks = ((Column)document.Body).Children.OfType<PageBreak>().ToList();
        Assert.Equal(5, breaks.Count);
        Assert.All(breaks, b => Assert.Equal(new PageBreak(UnlessRoomLeft: 0.5), b));
    }

    [Fact]
    public void New_page_per_section_breaks_before_each_section_after_the_front_matter()
    {
        var document = Compose(DossierBuilder.Sample().Build(), Archival with { NewPagePerSection = SectionStart.NewPage });

        var body = ((Column)document.Body).Children;
        Assert.Equal(
            ["Section", "Section", "PageBreak", "Section", "PageBreak", "Section", "PageBreak", "Section", "PageBreak", "Section", "PageBreak", "Section"],
            body.Select(e => e.GetType().Name));
    }

    [Fact]
    public void The_page_follows_the_template_unless_the_build_asks_for_another_paper()
    {
        var template = Archival with { Paper = PaperSize.A4 };

        Assert.Equal(PaperSize.A4, Compose(DossierBuilder.Sample().Build(), template).Page.Paper);
        Assert.Equal(PaperSize.Letter, Compose(DossierBuilder.Sample().Build(), template, new BriefOptions(Paper: PaperSize.Letter)).Page.Paper);
    }

    [Fact]
    public void Composing_twice_gives_the_same_tree()
    {
        var dossier = DossierBuilder.Sample().Build();

        var first = Compose(dossier, Archival).Body.Descendants().Select(Describe);
        var second = Compose(dossier, Archival).Body.Descendants().Select(Describe);

        Assert.Equal(first, second);
    }

    private static Document Compose(Dossier dossier, BriefTemplate template, BriefOptions? options = null, string language = "en")
    {
        options = (options ?? BriefOptions.None) with { Language = language };
        var result = BriefBuild.Compose(dossier, template, options, TestBriefs.Inputs(options));
        Assert.Empty(result.Diagnostics);
        return result.Document!;
    }

    private static string Describe(Element element) => element switch
    {
        Paragraph or Heading => element.GetType().Name + ":" + element.Text(),
        Anchor a => "Anchor:" + a.Name,
        Canvas c => "Canvas:" + c.AltText + ":" + c.Shapes.Count,
        _ => element.GetType().Name,
    };
}
