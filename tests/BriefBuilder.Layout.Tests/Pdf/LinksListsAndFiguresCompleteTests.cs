using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Tests.Demo;
using PdfSharp.Pdf;

namespace BriefBuilder.Layout.Tests.Pdf;

/// <summary>Links, list items and figures are written as soon as they are drawn whole, as paragraphs and table rows are:
/// their elements come back once each, under their parents, with what they hold, including a link and a list item that
/// run over a page break.</summary>
public class LinksListsAndFiguresCompleteTests
{
    private const int Items = 60;

    // A long paragraph inside a link and inside a list item, each long enough to run over a page.
    private static readonly string Long = string.Concat(Enumerable.Repeat("a statement that runs on over the page ", 160));

    private static readonly Lazy<PdfDocument> Pdf = new(() =>
    {
        var items = Enumerable.Range(1, Items)
            .Select(i => (Element)new Paragraph(i == Items / 2 ? Long : $"Item {i}: the list's words", DemoDocument.Body))
            .ToList();
        var figures = Enumerable.Range(1, 30).Select(i =>
            (Element)new Canvas(200, 40, [new RectangleShape(0, 0, 20 + i, 40, new Color(30, 60, 90))], $"Bar {i}"));
        var body = new Column(
        [
            new Anchor("top", new Heading(1, "Links", DemoDocument.H1)),
            .. Enumerable.Range(1, 40).Select(i => (Element)new Link(new Paragraph($"Back to the top, link {i}", DemoDocument.LinkStyle), new InternalLink("top"))),
            new Link(new Paragraph(Long, DemoDocument.LinkStyle), new ExternalLink("https://example.org/long")),
            new Heading(1, "List", DemoDocument.H1),
            new ListBlock(items, ListKind.Numbered),
            new Heading(1, "Figures", DemoDocument.H1),
            .. figures,
        ], 6);
        var document = DemoDocument.Build() with { Body = body };
        return Reopened.Open(PdfFormat.Default.Render(document).File);
    });

    [Fact]
    public void Each_link_is_one_element_holding_its_paragraph_and_its_annotation()
    {
        var links = Tagged("/Link").ToList();
        Assert.Equal(41, links.Count);
        Assert.Equal(links.Count, links.Select(l => l.Reference!.ObjectNumber).Distinct().Count());
        Assert.All(links, link =>
        {
            Assert.Single(Kids(link), k => k.Elements.GetName("/S") == "/P");
            Assert.Contains(KidDictionaries(link), k => k.Elements.GetName("/Type") == "/OBJR");
        });

        // The long link runs over a page: its annotations (one a page) both belong to its one element.
        var longLink = Assert.Single(links, l => KidDictionaries(l).Count(k => k.Elements.GetName("/Type") == "/OBJR") == 2);
        Assert.Equal("/P", Assert.Single(Kids(longLink)).Elements.GetName("/S"));
    }

    [Fact]
    public void Each_list_item_is_one_LI_with_its_label_and_body_under_the_list()
    {
        var list = Assert.Single(Tagged("/L"));
        var items = Tagged("/LI").ToList();
        Assert.Equal(Items, items.Count);
        Assert.All(items, item =>
        {
            Assert.Same(list, Reopened.StructureParent(item));
            Assert.Equal(["/Lbl", "/LBody"], Kids(item).Select(k => k.Elements.GetName("/S")));
        });
    }

    [Fact]
    public void Each_figure_is_one_element_with_its_alternate_text()
    {
        var figures = Tagged("/Figure").ToList();
        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"Bar {i}"), figures.Select(f => f.Elements.GetString("/Alt")));
    }

    [Fact]
    public void A_link_list_item_and_figure_are_complete_on_the_page_they_end_on_and_not_before()
    {
        var body = new Column(
        [
            new Link(new Paragraph(Long, DemoDocument.LinkStyle), new ExternalLink("https://example.org/long")),
            new ListBlock([new Paragraph("First item", DemoDocument.Body), new Paragraph(Long, DemoDocument.Body)]),
            new Canvas(200, 40, [new RectangleShape(0, 0, 40, 40)], "A bar"),
        ]);
        var canvases = DocumentLayout.Run(DemoDocument.Build() with { Body = body, Furniture = null }).Canvases;
        int PageCompleting(string tag) => Assert.Single(canvases, c => c.Completed.Any(n => n.Tag == tag)).Number;

        // The link's paragraph runs onto page 2 and the second item's onto page 4: each completes with its last line.
        Assert.Equal(2, PageCompleting("Link"));
        var items = canvases.SelectMany(c => c.Completed.Where(n => n.Tag == "LI").Select(_ => c.Number)).ToList();
        Assert.Equal(2, items.Count);
        Assert.True(items[1] > items[0], $"items completed on pages {string.Join(", ", items)}");
        Assert.Equal(canvases.Count, PageCompleting("Figure"));
    }

    [Fact]
    public void A_written_page_lets_go_of_what_it_drew()
    {
        var document = DemoDocument.Build() with { Body = new Column([new Paragraph("One paragraph.", DemoDocument.Body)]) };
        var canvas = new PageCanvas(1, 595, 842);
        canvas.Complete(StructNode.Document());
        canvas.Pagination.Add((0, 0, "Footer"));
        using var file = new MemoryStream();
        var writer = new BriefBuilder.Layout.Pdf.DocumentWriter(document, file, new Dictionary<string, Results.AnchorPlacement>(), 1);
        writer.Page(canvas);
        Assert.Empty(canvas.Ops);
        Assert.Empty(canvas.Completed);
        Assert.Empty(canvas.Pagination);
    }

    private static IEnumerable<PdfDictionary> Tagged(string tag) =>
        Reopened.StructureElements(Pdf.Value).Where(e => e.Elements.GetName("/S") == tag);

    private static List<PdfDictionary> KidDictionaries(PdfDictionary element) =>
        Reopened.Array(element.Elements["/K"])?.Elements.Select(Reopened.Dictionary).OfType<PdfDictionary>().ToList()
        ?? (Reopened.Dictionary(element.Elements["/K"]) is { } single ? [single] : []);

    private static List<PdfDictionary> Kids(PdfDictionary element) =>
        KidDictionaries(element).Where(k => k.Elements.ContainsKey("/S")).ToList();
}
