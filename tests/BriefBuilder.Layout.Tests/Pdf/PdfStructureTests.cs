using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Tests.Demo;
using PdfSharp.Pdf;

namespace BriefBuilder.Layout.Tests.Pdf;

public class PdfStructureTests
{
    [Fact]
    public void Internal_links_land_on_their_anchor_page_and_height()
    {
        var pdf = Reopened.Open(DemoPdf.Bytes);
        var layout = DemoPdf.Layout;
        var links = new List<(int Page, double Top)>();
        foreach (var page in pdf.Pages)
        {
            foreach (var annotation in page.Annotations.OfType<PdfDictionary>())
            {
                if (Reopened.Array(annotation.Elements["/Dest"]) is { } dest)
                {
                    links.Add((Reopened.PageOf(pdf, dest), ((PdfReal)dest.Elements[3]).Value));
                }
            }
        }

        var table = layout.Anchors["long-table"];
        Assert.Contains((table.Page, Math.Round(841.89 - table.Y, 2)), links);
        var top = layout.Anchors["top"];
        Assert.Contains((top.Page, Math.Round(841.89 - top.Y, 2)), links);
        Assert.True(links.Count >= layout.Headings.Count + 3);
    }

    [Fact]
    public void External_link_opens_its_address()
    {
        var pdf = Reopened.Open(DemoPdf.Bytes);
        var uris = pdf.Pages.Cast<PdfPage>().SelectMany(p => p.Annotations.OfType<PdfDictionary>())
            .Select(a => Reopened.Dictionary(a.Elements["/A"])?.Elements.GetString("/URI")).OfType<string>().ToList();
        Assert.Equal(["https://example.org/briefbuilder"], uris);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a uri")]
    public void Links_to_other_schemes_are_refused(string uri) =>
        Assert.Throws<ArgumentException>(() => LinkTarget.ToUri(uri));

    [Fact]
    public void Bookmarks_follow_the_headings_nested_by_level()
    {
        var pdf = Reopened.Open(DemoPdf.Bytes);
        var layout = DemoPdf.Layout;
        var top = pdf.Outlines.Select(o => o.Title).ToList();
        Assert.Equal(layout.Headings.Where(h => h.Level == 1).Select(h => h.Text), top);
        var pagination = pdf.Outlines.Single(o => o.Title == "Pagination rules");
        Assert.Equal("Widows and orphans", pagination.Outlines.Single().Title);
        Assert.Equal("A third-level heading", pagination.Outlines.Single().Outlines.Single().Title);
        var dest = Reopened.Array(pagination.Elements["/Dest"])!;
        Assert.Equal(layout.Headings.Single(h => h.Text == "Pagination rules").Page, Reopened.PageOf(pdf, dest));
    }

    [Fact]
    public void Metadata_is_the_callers_with_language_and_title_shown()
    {
        var pdf = Reopened.Open(DemoPdf.Bytes);
        Assert.Equal("Layout engine demonstration", pdf.Info.Title);
        Assert.Equal("BriefBuilder tests", pdf.Info.Author);
        Assert.Equal("Every element of the layout engine", pdf.Info.Subject);
        Assert.Equal("layout, pagination, accessibility", pdf.Info.Keywords);
        Assert.Equal("D:20240301093000+01'00'", pdf.Info.Elements.GetString("/CreationDate"));
        Assert.Equal("en-GB", pdf.Internals.Catalog.Elements.GetString("/Lang"));
        Assert.True(Reopened.Dictionary(pdf.Internals.Catalog.Elements["/ViewerPreferences"])!.Elements.GetBoolean("/DisplayDocTitle"));
    }

    [Fact]
    public void Structure_tree_has_headings_tables_with_scoped_headers_figures_with_alt_text_and_a_toc()
    {
        var elements = Reopened.StructureElements(Reopened.Open(DemoPdf.Bytes)).ToList();
        var types = elements.Select(e => e.Elements.GetName("/S")).ToHashSet();
        Assert.Superset(new HashSet<string> { "/Document", "/Sect", "/H1", "/H2", "/H3", "/P", "/L", "/LI", "/Lbl", "/LBody", "/Table", "/TR", "/TH", "/TD", "/Figure", "/Link", "/TOC", "/TOCI" }, types);
        Assert.Single(elements, e => e.Elements.GetName("/S") == "/Table");
        Assert.All(elements.Where(e => e.Elements.GetName("/S") == "/TH"), th => Assert.Equal("/Column", Reopened.Dictionary(th.Elements["/A"])!.Elements.GetName("/Scope")));
        Assert.All(elements.Where(e => e.Elements.GetName("/S") == "/Figure"), f => Assert.False(string.IsNullOrWhiteSpace(f.Elements.GetString("/Alt"))));
        Assert.Equal(71, elements.Count(e => e.Elements.GetName("/S") == "/TR"));
    }

    [Fact]
    public void Headings_are_tagged_without_skipping_a_level()
    {
        var document = Documents.Of(new Heading(1, "One", TextStyle.Body), new Heading(3, "Three", TextStyle.Body));
        var layout = DocumentLayout.Run(document);
        Assert.Equal([1, 2], layout.Headings.Select(h => h.Level));
        Assert.Contains(layout.Warnings, w => w.Message.Contains("tagged as level 2", StringComparison.Ordinal));
        var tags = Reopened.StructureElements(Reopened.Open(PdfFormat.Default.Render(document).File)).Select(e => e.Elements.GetName("/S")).ToList();
        Assert.Contains("/H2", tags);
        Assert.DoesNotContain("/H3", tags);
    }

    [Fact]
    public void Same_document_gives_the_same_bytes_and_a_changed_word_changes_them()
    {
        var first = PdfFormat.Default.Render(DemoDocument.Build()).File;
        var second = PdfFormat.Default.Render(DemoDocument.Build()).File;
        Assert.Equal(first, second);
        var changed = PdfFormat.Default.Render(Documents.Of(new Paragraph("One word differs."))).File;
        var original = PdfFormat.Default.Render(Documents.Of(new Paragraph("One word changes."))).File;
        Assert.NotEqual(original, changed);
    }

    [Fact]
    public void Images_are_embedded_once_each()
    {
        var pdf = Reopened.Open(DemoPdf.Bytes);
        var images = pdf.Pages.Cast<PdfPage>()
            .SelectMany(p => Reopened.Dictionary(p.Resources.Elements["/XObject"])?.Elements.Values.Select(Reopened.Dictionary) ?? [])
            .Where(x => x?.Elements.GetName("/Subtype") == "/Image")
            .ToList();
        Assert.Equal(2, images.Count);
        Assert.Contains(images, i => i!.Elements.GetName("/Filter") == "/DCTDecode");
    }

    [Fact]
    public void Headers_footers_and_the_watermark_are_pagination_artifacts_with_their_subtype()
    {
        var pdf = Reopened.Open(DemoPdf.Bytes);
        var content = System.Text.Encoding.Latin1.GetString(pdf.Pages[1].Contents.CreateSingleContent().Stream.UnfilteredValue);
        Assert.Equal(1, Count(content, "/Artifact <</Type /Pagination /Subtype /Header>> BDC"));
        Assert.Equal(1, Count(content, "/Artifact <</Type /Pagination /Subtype /Footer>> BDC"));
        Assert.Equal(1, Count(content, "/Artifact <</Type /Pagination /Subtype /Watermark>> BDC"));
        Assert.Contains("/Artifact BMC", content, StringComparison.Ordinal); // rules and fills stay untyped layout artifacts
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
