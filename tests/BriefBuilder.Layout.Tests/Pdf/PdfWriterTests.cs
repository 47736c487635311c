using System.Buffers.Binary;
using System.Text;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Pdf;
using BriefBuilder.Layout.Tests.Demo;
using BriefBuilder.Layout.Tests.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace BriefBuilder.Layout.Tests.Pdf;

/// <summary>The engine's own PDF writer, read back with PDFsharp: structure, parent tree, images and font subsets.</summary>
public class PdfWriterTests
{
    [Fact]
    public void Pages_written_as_they_are_painted_give_the_same_file_as_a_finished_layout_written_afterwards()
    {
        var document = DemoDocument.Build();
        var (streamed, layout) = PdfFormat.Default.Render(document);
        var finished = DocumentLayout.Run(document);
        Assert.True(layout.Passes > 1, "the demo's table of contents needs a pass before the painted one, which is what lets pages stream");
        Assert.Equal(finished.PageCount, layout.PageCount);
        Assert.All(layout.Pages, p => Assert.Empty(p.Boxes)); // nobody reads the boxes of pages already written
        Assert.Equal(PdfFormat.Default.Render(document, finished), streamed);
        Assert.Throws<InvalidOperationException>(() => PdfFormat.Default.Render(document, layout));
    }

    [Fact]
    public void A_paragraph_split_across_pages_is_one_element_with_content_on_both_pages()
    {
        var bytes = PdfFormat.Default.Render(Documents.Of(new Paragraph(DemoDocument.Lorem(400), DemoDocument.Body))).File;
        var pdf = Reopened.Open(bytes);
        Assert.True(pdf.PageCount >= 2);
        var paragraph = Assert.Single(Reopened.StructureElements(pdf), e => e.Elements.GetName("/S") == "/P");
        var kids = Reopened.Array(paragraph.Elements["/K"])!.Elements;
        Assert.Equal(1, Reopened.PageOf(pdf, paragraph.Elements["/Pg"]));
        var laterPages = kids.Select(Reopened.Dictionary).OfType<PdfDictionary>().Where(k => k.Elements.GetName("/Type") == "/MCR")
            .Select(k => Reopened.PageOf(pdf, k.Elements["/Pg"])).ToHashSet();
        Assert.Equal(Enumerable.Range(2, pdf.PageCount - 1), laterPages.Order());
    }

    [Fact]
    public void Every_marked_content_id_leads_back_to_its_element_through_the_parent_tree()
    {
        var pdf = Reopened.Open(DemoPdf.Bytes);
        for (var i = 0; i < pdf.PageCount; i++)
        {
            var page = pdf.Pages[i];
            var content = Encoding.Latin1.GetString(page.Contents.CreateSingleContent().Stream.UnfilteredValue);
            var mcids = Count(content, "<</MCID ");
            var entries = Reopened.Array(ParentTreeEntry(pdf, page.Elements.GetInteger("/StructParents")))!;
            Assert.Equal(mcids, entries.Elements.Count);
            Assert.All(entries.Elements, e => Assert.Equal("/StructElem", Reopened.Dictionary(e)!.Elements.GetName("/Type")));
        }
    }

    [Fact]
    public void Every_link_annotation_leads_back_to_the_Link_element_that_holds_it()
    {
        var pdf = Reopened.Open(DemoPdf.Bytes);
        var annotations = pdf.Pages.Cast<PdfPage>().SelectMany(p => p.Annotations.OfType<PdfDictionary>()).ToList();
        Assert.NotEmpty(annotations);
        foreach (var annotation in annotations)
        {
            var element = Reopened.Dictionary(ParentTreeEntry(pdf, annotation.Elements.GetInteger("/StructParent")))!;
            Assert.Equal("/Link", element.Elements.GetName("/S"));
            var objects = Reopened.Array(element.Elements["/K"])!.Elements.Select(Reopened.Dictionary).OfType<PdfDictionary>()
                .Where(k => k.Elements.GetName("/Type") == "/OBJR").Select(k => Reopened.Dictionary(k.Elements["/Obj"]));
            Assert.Contains(annotation, objects);
            Assert.False(string.IsNullOrWhiteSpace(annotation.Elements.GetString("/Contents")));
        }
    }

    [Fact]
    public void An_untagged_document_has_no_structure_tree_and_no_marked_content()
    {
        var bytes = PdfFormat.Default.Render(Documents.Of(new Heading(1, "Plain", DemoDocument.H1), new Paragraph("Text.", DemoDocument.Body)) with { Tagged = false }).File;
        var pdf = Reopened.Open(bytes);
        Assert.False(pdf.Internals.Catalog.Elements.ContainsKey("/StructTreeRoot"));
        var content = Encoding.Latin1.GetString(pdf.Pages[0].Contents.CreateSingleContent().Stream.UnfilteredValue);
        Assert.DoesNotContain("BDC", content, StringComparison.Ordinal);
        Assert.DoesNotContain("BMC", content, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_with_alpha_keeps_its_colours_and_its_opacity_as_a_soft_mask()
    {
        const int width = 7, height = 5;
        var pdf = Reopened.Open(PdfFormat.Default.Render(Documents.Of(new Image(TestImages.Png(width, height, alpha: true), "Fading gradient", Width: 70))).File);
        var image = Reopened.Dictionary(pdf.Pages[0].Resources.Elements.GetDictionary("/XObject")!.Elements.Values.Single())!;
        var mask = Reopened.Dictionary(image.Elements["/SMask"])!;
        var pixels = Enumerable.Range(0, width * height).Select(p => TestImages.Pixel(p % width, p / width, width, height)).ToList();
        Assert.Equal(pixels.SelectMany(p => p.Take(3)), image.Stream.UnfilteredValue);
        Assert.Equal(pixels.Select(p => p[3]), mask.Stream.UnfilteredValue);
        Assert.Equal("/DeviceGray", mask.Elements.GetName("/ColorSpace"));
    }

    [Fact]
    public void A_palette_png_with_transparent_entries_gets_a_soft_mask_from_its_trns_alphas()
    {
        const int width = 5, height = 3;
        byte[] alphas = [0, 128]; // red clear, green half, blue (no entry) opaque
        var image = OnlyImage(PdfFormat.Default.Render(Documents.Of(new Image(TestImages.WithTransparency(width, height, alphas), "Stripes", Width: 50))).File);
        var mask = Reopened.Dictionary(image.Elements["/SMask"])!;
        var expected = Enumerable.Range(0, width * height).Select(p => ((p % width) + (p / width)) % 3).Select(i => i < alphas.Length ? alphas[i] : (byte)255);
        Assert.Equal(expected, mask.Stream.UnfilteredValue);
    }

    [Fact]
    public void An_rgb_png_with_a_transparent_colour_gets_a_colour_key_mask()
    {
        var image = OnlyImage(PdfFormat.Default.Render(Documents.Of(new Image(TestImages.WithTransparency(4, 4, colorKey: (255, 0, 160)), "Keyed", Width: 40))).File);
        var mask = Reopened.Array(image.Elements["/Mask"])!;
        Assert.Equal([255, 255, 0, 0, 160, 160], mask.Elements.Select(e => ((PdfInteger)e).Value));
    }

    private static PdfDictionary OnlyImage(byte[] pdf) =>
        Reopened.Dictionary(Reopened.Open(pdf).Pages[0].Resources.Elements.GetDictionary("/XObject")!.Elements.Values.Single())!;

    [Fact]
    public void An_interlaced_png_is_refused_with_a_message_that_says_what_to_do()
    {
        var png = TestImages.Png(4, 4);
        png[28] = 1; // IHDR interlace method: Adam7
        var error = Assert.Throws<ArgumentException>(() => PdfFormat.Default.Render(Documents.Of(new Image(png, "Interlaced"))).File);
        Assert.Contains("without interlacing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_font_subset_keeps_the_outlines_shown_and_the_components_of_composite_glyphs_and_empties_the_rest()
    {
        var face = Shaping.Measurer.ChainFor(TextStyle.Body).Primary;
        var font = File.ReadAllBytes(face.Path);
        var original = Glyphs(font);
        var composite = Enumerable.Range(0, original.Count).First(g => original[g].Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(original[g]) < 0);
        var component = BinaryPrimitives.ReadUInt16BigEndian(original[composite].AsSpan(12));
        var letter = face.Glyph('A');

        var subset = Glyphs(TrueTypeSubset.Create(font, [letter, (ushort)composite]));

        Assert.Equal(original.Count, subset.Count);
        Assert.All(new[] { 0, letter, composite, component }, g => SameOutline(original[g], subset[g]));
        Assert.InRange(subset.Count(g => g.Length > 0), 4, 8); // the four above and any further components
        Assert.True(original.Count(g => g.Length > 0) > 1000);
        Assert.True(TrueTypeSubset.Create(font, [letter]).Length < font.Length / 5);
    }

    [Fact]
    public void Shown_text_is_embedded_as_glyphs_whose_unicode_map_gives_the_text_back()
    {
        const string text = "Ճշգրիտ Łódź «quoted»";
        var bytes = PdfFormat.Default.Render(Documents.Of(new Paragraph(text, DemoDocument.Body))).File;
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        Assert.Equal(text, string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text)));
    }

    // Finds a key in the structure tree's parent tree, a number tree of leaves (ISO 32000-1 7.9.7).
    [Fact]
    public void A_tagged_file_says_it_is_pdf_ua_in_its_metadata_and_an_untagged_one_does_not()
    {
        var document = Documents.Of(new Paragraph("Text.", DemoDocument.Body));
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", Metadata(PdfFormat.Default.Render(document).File), StringComparison.Ordinal);
        Assert.DoesNotContain("pdfuaid", Metadata(PdfFormat.Default.Render(document with { Tagged = false }).File), StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_an_address_with_a_non_ascii_host_is_written_in_ascii()
    {
        var link = new Link(new Paragraph("Bücher", DemoDocument.Body), LinkTarget.ToUri("https://bücher.example/straße"));
        var pdf = Reopened.Open(PdfFormat.Default.Render(Documents.Of(link)).File);
        var uri = pdf.Pages[0].Annotations.OfType<PdfDictionary>().Select(a => Reopened.Dictionary(a.Elements["/A"])!.Elements.GetString("/URI")).Single();
        Assert.Equal("https://xn--bcher-kva.example/stra%C3%9Fe", uri);
    }

    [Fact]
    public void Links_in_page_furniture_get_no_annotation_outside_the_structure_tree()
    {
        var furniture = new PageFurniture(null, _ => new Link(new Paragraph("Home page", DemoDocument.Small), LinkTarget.ToUri("https://example.org/")));
        var document = Documents.Of(new Column([new Link(new Paragraph("Body link", DemoDocument.Body), LinkTarget.ToUri("https://example.org/body"))]), furniture: furniture);
        var annotations = Reopened.Open(PdfFormat.Default.Render(document).File).Pages[0].Annotations.OfType<PdfDictionary>().ToList();
        var annotation = Assert.Single(annotations);
        Assert.True(annotation.Elements.ContainsKey("/StructParent"));
    }

    [Fact]
    public void A_hyphen_shown_at_a_soft_hyphen_break_is_marked_as_standing_for_the_soft_hyphen()
    {
        var word = "Donau\u00ADdampf\u00ADschiff\u00ADfahrts\u00ADgesell\u00ADschaft";
        var narrow = new Row([new RowCell(new Paragraph(word + " " + word, DemoDocument.Body), Width.Fixed(90)), new RowCell(new Spacer(1), Width.Relative())]);
        var pdf = Reopened.Open(PdfFormat.Default.Render(Documents.Of(narrow)).File);
        var content = Encoding.Latin1.GetString(pdf.Pages[0].Contents.CreateSingleContent().Stream.UnfilteredValue);
        Assert.True(Count(content, "/Span<</ActualText<FEFF00AD>>>BDC") >= 2, content);
    }

    [Fact]
    public void The_cap_height_comes_from_the_font_and_not_its_ascent()
    {
        var pdf = Reopened.Open(PdfFormat.Default.Render(Documents.Of(new Paragraph("Height", DemoDocument.Body))).File);
        var font = Reopened.Dictionary(pdf.Pages[0].Resources.Elements.GetDictionary("/Font")!.Elements.Values.First())!;
        var descendant = Reopened.Dictionary(Reopened.Array(font.Elements["/DescendantFonts"])!.Elements[0])!;
        var descriptor = Reopened.Dictionary(descendant.Elements["/FontDescriptor"])!;
        var capHeight = descriptor.Elements.GetReal("/CapHeight");
        Assert.InRange(capHeight, 600, 800);
        Assert.True(capHeight < descriptor.Elements.GetReal("/Ascent"));
    }

    private static string Metadata(byte[] bytes)
    {
        var pdf = Reopened.Open(bytes);
        return Encoding.UTF8.GetString(Reopened.Dictionary(pdf.Internals.Catalog.Elements["/Metadata"])!.Stream.Value);
    }

    private static PdfItem? ParentTreeEntry(PdfDocument pdf, int key)
    {
        var root = Reopened.Dictionary(pdf.Internals.Catalog.Elements["/StructTreeRoot"])!;
        var tree = Reopened.Dictionary(root.Elements["/ParentTree"])!;
        foreach (var leaf in Reopened.Array(tree.Elements["/Kids"])!.Elements.Select(Reopened.Dictionary).OfType<PdfDictionary>())
        {
            var nums = Reopened.Array(leaf.Elements["/Nums"])!.Elements;
            for (var i = 0; i + 1 < nums.Count; i += 2)
            {
                if (((PdfInteger)nums[i]).Value == key)
                {
                    return nums[i + 1];
                }
            }
        }

        return null;
    }

    // Each glyph's outline bytes, read through the font's loca table (short or long offsets, per head.indexToLocFormat).
    private static List<byte[]> Glyphs(byte[] font)
    {
        var tables = new FontTables(font);
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(tables["head"].Offset + 50)) == 1;
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["maxp"].Offset + 4));
        int Start(int g) => longOffsets
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(tables["loca"].Offset + (4 * g)))
            : 2 * BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["loca"].Offset + (2 * g)));
        return [.. Enumerable.Range(0, count).Select(g => font.AsSpan(tables["glyf"].Offset + Start(g), Start(g + 1) - Start(g)).ToArray())];
    }

    // The subset pads each outline to four bytes with zeros.
    private static void SameOutline(byte[] original, byte[] subset)
    {
        Assert.Equal(original, subset.Take(original.Length));
        Assert.All(subset.Skip(original.Length), b => Assert.Equal(0, b));
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
