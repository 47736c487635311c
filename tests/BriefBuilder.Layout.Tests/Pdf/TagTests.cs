using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Tests.Demo;
using PdfSharp.Pdf;

namespace BriefBuilder.Layout.Tests.Pdf;

/// <summary>Tags as a screen reader and a conformance checker read them back (through PDFsharp).</summary>
public class TagTests
{
    [Fact]
    public void Each_contents_entry_is_a_reference_holding_its_link()
    {
        var elements = Reopened.StructureElements(Reopened.Open(DemoPdf.Bytes)).ToList();

        var entries = elements.Where(e => e.Elements.GetName("/S") == "/TOCI").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, entry =>
        {
            var kids = Kids(entry);
            var reference = Assert.Single(kids);
            Assert.Equal("/Reference", reference.Elements.GetName("/S"));
            Assert.Equal("/Link", Assert.Single(Kids(reference)).Elements.GetName("/S"));
        });
    }

    [Fact]
    public void A_serif_face_is_described_as_serif_and_a_sans_face_is_not()
    {
        var body = new Column([new Paragraph("Serif", TextStyle.Body with { Family = "DejaVu Serif" }), new Paragraph("Sans", TextStyle.Body)]);
        var pdf = Reopened.Open(PdfFormat.Default.Render(Documents.Of(body)).File);

        var flags = pdf.Pages[0].Resources.Elements.GetDictionary("/Font")!.Elements.Values
            .Select(font => Reopened.Dictionary(Reopened.Array(Reopened.Dictionary(font)!.Elements["/DescendantFonts"])!.Elements[0])!)
            .Select(descendant => Reopened.Dictionary(descendant.Elements["/FontDescriptor"])!)
            .ToDictionary(d => d.Elements.GetName("/FontName").Split('+')[^1], d => d.Elements.GetInteger("/Flags"));

        Assert.Equal(2, flags["DejaVuSerif"] & 2);
        Assert.Equal(0, flags["DejaVuSans"] & 2);
    }

    [Fact]
    public void An_empty_cell_is_still_a_cell_so_every_row_has_as_many_as_its_header()
    {
        static TableCell Cell(string text) => new(new Paragraph(text));
        var table = new Table([Width.Relative(), Width.Relative(), Width.Relative()], [new TableRow([Cell("Month"), Cell("A"), Cell("B")])],
            [new TableRow([Cell("May"), Cell(""), Cell("3")]), new TableRow([Cell("June"), new TableCell(new Spacer(0)), Cell("")])]);
        var elements = Reopened.StructureElements(Reopened.Open(PdfFormat.Default.Render(Documents.Of(table)).File)).ToList();

        var rows = elements.Where(e => e.Elements.GetName("/S") == "/TR").Select(row => Kids(row).Select(k => k.Elements.GetName("/S")).ToList()).ToList();

        Assert.Equal([["/TH", "/TH", "/TH"], ["/TD", "/TD", "/TD"], ["/TD", "/TD", "/TD"]], rows);
    }

    [Fact]
    public void The_document_title_is_tagged_as_the_top_heading_but_stays_out_of_the_outline()
    {
        var document = Documents.Of(new Paragraph([new Span("A title", TextStyle.Body)], IsTitle: true), new Heading(1, "A section", TextStyle.Body));
        var elements = Reopened.StructureElements(Reopened.Open(PdfFormat.Default.Render(document).File)).ToList();

        Assert.Equal(["/H1", "/H1"], elements.Select(e => e.Elements.GetName("/S")).Where(s => s is "/H1" or "/P"));
        Assert.Equal(["A section"], DocumentLayout.Run(document).Headings.Select(h => h.Text));
    }

    [Fact]
    public void A_canvas_without_alt_text_is_decoration_and_no_figure()
    {
        Canvas Swatch(string alt) => new(8, 8, [new RectangleShape(0, 0, 8, 8, Color.Black)], alt);
        var document = Documents.Of(Swatch("A described chart"), Swatch(""));

        var figures = Reopened.StructureElements(Reopened.Open(PdfFormat.Default.Render(document).File)).Where(e => e.Elements.GetName("/S") == "/Figure");

        Assert.Equal(["A described chart"], figures.Select(f => f.Elements.GetString("/Alt")));
    }

    [Fact]
    public void A_link_wrapped_over_lines_is_one_link_element_with_an_annotation_per_line()
    {
        var link = LinkTarget.ToUri("https://example.org/report");
        var paragraph = new Paragraph([new Span("See ", TextStyle.Body), new Span("the report of the mission to the region, in full", TextStyle.Body, link), new Span(" and more.", TextStyle.Body)]);
        var narrow = new Row([new RowCell(paragraph, Width.Fixed(90)), new RowCell(new Spacer(1), Width.Relative())]);
        var pdf = Reopened.Open(PdfFormat.Default.Render(Documents.Of(narrow)).File);

        var links = Reopened.StructureElements(pdf).Where(e => e.Elements.GetName("/S") == "/Link").ToList();
        var annotations = Reopened.Array(pdf.Pages[0].Elements["/Annots"])!.Elements.Count;

        Assert.True(annotations >= 2, $"{annotations} annotations");
        var one = Assert.Single(links);
        var objects = Reopened.Array(one.Elements["/K"])!.Elements.Select(Reopened.Dictionary).Count(k => k?.Elements.GetName("/Type") == "/OBJR");
        Assert.Equal(annotations, objects);
    }

    [Fact]
    public void A_cell_holding_a_paragraph_in_another_language_is_tagged_with_it()
    {
        var cell = new TableCell(new Paragraph([new Span("Ministry of Foreign Affairs", TextStyle.Body)], ParagraphStyle.Default with { Language = "en" }));
        var table = new Table([Width.Relative()], [], [new TableRow([cell])]);

        var elements = Reopened.StructureElements(Reopened.Open(PdfFormat.Default.Render(Documents.Of(table)).File));

        Assert.Equal("en", elements.Single(e => e.Elements.GetName("/S") == "/TD").Elements.GetString("/Lang"));
    }

    [Fact]
    public void A_run_in_another_language_than_its_paragraph_is_a_span_with_that_language_over_its_lines()
    {
        var english = TextStyle.Body with { Language = "en" };
        var paragraph = new Paragraph(
            [new Span("Selon ", TextStyle.Body), new Span("the Ministry of Foreign Affairs", english with { Bold = true }), new Span(", of its own accord", english), new Span(" : rien.", TextStyle.Body)],
            ParagraphStyle.Default with { Language = "fr" });
        var narrow = new Row([new RowCell(paragraph, Width.Fixed(80)), new RowCell(new Spacer(1), Width.Relative())]);

        var elements = Reopened.StructureElements(Reopened.Open(PdfFormat.Default.Render(Documents.Of(narrow)).File)).ToList();

        var p = elements.Single(e => e.Elements.GetName("/S") == "/P");
        Assert.Equal("fr", p.Elements.GetString("/Lang"));
        // Set over several lines at this width, it is still one span.
        var span = Assert.Single(Kids(p));
        Assert.Equal("/Span", span.Elements.GetName("/S"));
        Assert.Equal("en", span.Elements.GetString("/Lang"));
    }

    [Fact]
    public void A_run_in_its_paragraph_s_own_language_is_no_span()
    {
        var paragraph = new Paragraph([new Span("Plain ", TextStyle.Body), new Span("words", TextStyle.Body with { Language = "en" })], ParagraphStyle.Default with { Language = "en" });

        var elements = Reopened.StructureElements(Reopened.Open(PdfFormat.Default.Render(Documents.Of(paragraph)).File));

        Assert.DoesNotContain(elements, e => e.Elements.GetName("/S") == "/Span");
    }

    private static List<PdfDictionary> Kids(PdfDictionary element) => element.Elements["/K"] switch
    {
        PdfArray array => [.. array.Elements.Select(Reopened.Dictionary).OfType<PdfDictionary>().Where(d => d.Elements.ContainsKey("/S"))],
        var one => Reopened.Dictionary(one) is { } d && d.Elements.ContainsKey("/S") ? [d] : [],
    };
}
