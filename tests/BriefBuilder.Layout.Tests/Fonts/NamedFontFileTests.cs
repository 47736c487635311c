using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Tests.Demo;
using BriefBuilder.Tests.Fonts;

namespace BriefBuilder.Layout.Tests.Fonts;

/// <summary>Font files a document names are its own: ahead of the installed faces of their family in its layout, seen
/// by no other document, and refused with the reason when they cannot be used.</summary>
public sealed class NamedFontFileTests : IDisposable
{
    private static readonly TextStyle Serif = new("DejaVu Serif");

    private readonly string _folder = Directory.CreateTempSubdirectory("briefbuilder-fonts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_named_font_goes_ahead_of_its_family_in_its_own_document_and_no_other()
    {
        var named = TestFonts.BoldSerifAsRegular(Path.Combine(_folder, "Renamed.ttf"));

        var own = TextMeasurer.For(new FontOptions([named])).ChainFor(Serif).Primary;
        var other = TextMeasurer.For(null).ChainFor(Serif).Primary;

        Assert.Equal(named, own.Path);
        Assert.Equal(Path.Combine(TestFonts.DejaVuFolder, "DejaVuSerif.ttf"), other.Path);
        Assert.Equal(("DejaVu Serif", false), (other.Family, other.Bold));
    }

    [Fact]
    public void Documents_laid_out_at_once_with_and_without_their_own_fonts_give_the_bytes_each_gives_alone()
    {
        var plain = Documents.Of(new Heading(1, "Heading", new TextStyle(Bold: true)), new Paragraph("Serif body text, set in DejaVu Serif.", Serif));
        var own = plain with { Fonts = new FontOptions([TestFonts.BoldSerifAsRegular(Path.Combine(_folder, "Renamed.ttf"))]) };
        var alone = (Plain: PdfFormat.Default.Render(plain).File, Own: PdfFormat.Default.Render(own).File);

        var together = new byte[12][];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => together[i] = PdfFormat.Default.Render(i % 2 == 0 ? own : plain).File);

        Assert.NotEqual(alone.Plain, alone.Own);
        Assert.All(together.Where((_, i) => i % 2 == 0), bytes => Assert.Equal(alone.Own, bytes));
        Assert.All(together.Where((_, i) => i % 2 == 1), bytes => Assert.Equal(alone.Plain, bytes));
        Assert.Equal(alone.Plain, PdfFormat.Default.Render(plain).File);
    }

    [Theory]
    [InlineData("damaged", "is damaged: table 'glyf' does not match its checksum")]
    [InlineData("cut short", "runs past the end of the file (is the file cut short?)")]
    [InlineData("text", "is not a TrueType font")]
    [InlineData("no tables", "is not a complete TrueType font: it has no 'glyf' table")]
    [InlineData("missing", "does not exist")]
    public void A_named_font_that_cannot_be_used_stops_the_layout_naming_the_file_and_why(string kind, string reason)
    {
        var file = Path.Combine(_folder, "Heading.ttf");
        _ = kind switch
        {
            "damaged" => TestFonts.Damaged(file),
            "cut short" => TestFonts.CutShort(file),
            "text" => Write(file, "not a font"),
            "no tables" => Write(file, [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), // a TrueType header that lists no table
            _ => file,
        };
        var document = Documents.Of(new Heading(1, "Heading", new TextStyle(Bold: true))) with { Fonts = new FontOptions([file]) };

        var error = Assert.Throws<FontFileException>(() => DocumentLayout.Run(document));

        Assert.Equal(file, error.Path);
        Assert.StartsWith($"Font file '{file}' ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"{reason}.", error.Message, StringComparison.Ordinal);
    }

    private static string Write(string path, string text)
    {
        File.WriteAllText(path, text);
        return path;
    }

    private static string Write(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
