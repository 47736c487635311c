using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Tests.Demo;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Tests.Text;

public class FontChainTests
{
    [Theory]
    [InlineData(DemoDocument.Armenian)]
    [InlineData(DemoDocument.Cyrillic)]
    [InlineData(DemoDocument.Diacritics)]
    [InlineData("Η Βουλή των Ελλήνων")]
    public void Default_chain_prints_every_character(string text)
    {
        var shaped = Shaping.Shape(text);
        Assert.All(shaped.Units.ToArray().Where(u => u.Kind == UnitKind.Glyph), u => Assert.StartsWith("DejaVu", shaped.FaceOf(u)!.Family, StringComparison.Ordinal));
        Assert.Equal(text, shaped.Text);
    }

    // Unassigned code points (U+0378, U+0379): no font may have them, whatever the machine has installed.
    [Fact]
    public void Missing_character_is_an_error_naming_it_its_code_point_and_where_it_came_from()
    {
        var error = Assert.Throws<MissingGlyphException>(() => DocumentLayout.Run(Documents.Of(new Paragraph("The delegation from \u0378\u0379 arrived."))));
        Assert.Equal(0x0378, error.CodePoint);
        Assert.Contains("U+0378", error.Message, StringComparison.Ordinal);
        Assert.Contains("The delegation from", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replace_policy_prints_a_visible_replacement_and_warns()
    {
        var document = Documents.Of(new Column([new Paragraph("The delegation from \u0378\u0379 arrived.")]), fonts: new FontOptions(MissingGlyphs: MissingGlyphPolicy.Replace));
        var layout = DocumentLayout.Run(document);
        Assert.Contains(layout.Pages[0].OfKind("Line"), b => b.Text.Contains('\uFFFD', StringComparison.Ordinal));
        Assert.Contains(layout.Warnings, w => w.Message.Contains("U+0378", StringComparison.Ordinal));
        Assert.Contains(layout.Warnings, w => w.Message.Contains("U+0379", StringComparison.Ordinal));
    }

    [Fact]
    public void Right_to_left_text_is_reported_as_unsupported()
    {
        var layout = DocumentLayout.Run(Documents.Of(new Paragraph("The quote: שלום עולם")));
        Assert.Contains(layout.Warnings, w => w.Message.Contains("Right-to-left", StringComparison.Ordinal) && w.Message.Contains("The quote", StringComparison.Ordinal));
    }

    [Fact]
    public void Bold_and_serif_families_resolve_to_their_own_faces()
    {
        Assert.True(Shaping.Measurer.ChainFor(new TextStyle(Bold: true)).Primary.Bold);
        Assert.Equal("DejaVu Serif", Shaping.Measurer.ChainFor(new TextStyle("DejaVu Serif")).Primary.Family);
        Assert.True(Shaping.Measurer.ChainFor(new TextStyle("DejaVu Serif", Italic: true)).Primary.Italic);
    }

    [Theory]
    [InlineData("Hello, world")]
    [InlineData(DemoDocument.Armenian)]
    [InlineData(DemoDocument.Diacritics)]
    public void Widths_from_the_font_tables_match_what_the_written_PDF_advances(string text)
    {
        var face = Shaping.Measurer.ChainFor(TextStyle.Body).Primary;
        var ours = text.EnumerateRunes().Sum(r => face.Advance(r.Value)) * TextStyle.Body.Size;
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(PdfFormat.Default.Render(Documents.Of(new Paragraph(text))).File);
        var letters = pdf.GetPage(1).Letters;
        var theirs = letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(letters.Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal(ours, theirs, 2);
    }
}
