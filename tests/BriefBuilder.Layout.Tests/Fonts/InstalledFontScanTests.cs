using BriefBuilder.Layout.Fonts;
using BriefBuilder.Tests.Fonts;

namespace BriefBuilder.Layout.Tests.Fonts;

/// <summary>The scan of the installed fonts reads a TrueType file's directory and the tables a face is measured and
/// checked with, not its outlines: the face is the one the whole file gives, and a damaged file is still passed over.</summary>
public sealed class InstalledFontScanTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefbuilder-scan-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("DejaVuSans.ttf")]
    [InlineData("DejaVuSerif-Bold.ttf")]
    public void An_installed_face_read_without_its_outlines_measures_as_the_whole_file_does(string name)
    {
        var path = Path.Combine(TestFonts.DejaVuFolder, name);

        var scanned = FontFile.TryRead(path)!;
        var whole = FontFile.Load(path);

        Assert.Equal((whole.Family, whole.Bold, whole.Italic, whole.Weight), (scanned.Family, scanned.Bold, scanned.Italic, scanned.Weight));
        Assert.Equal((whole.Ascent, whole.Descent, whole.LineGap), (scanned.Ascent, scanned.Descent, scanned.LineGap));
        var text = "Aa Zz 0-9 «é» ŞşĞğ Ա Ք ա ք — ’ … ₽ ∑ ✓";
        Assert.All(text.EnumerateRunes(), rune =>
            Assert.Equal((whole.Has(rune.Value), whole.Glyph(rune.Value), whole.Advance(rune.Value)),
                (scanned.Has(rune.Value), scanned.Glyph(rune.Value), scanned.Advance(rune.Value))));
    }

    [Fact]
    public void The_outlines_stay_on_disk()
    {
        var path = Path.Combine(TestFonts.DejaVuFolder, "DejaVuSans.ttf");
        var file = File.ReadAllBytes(path);

        var scanned = InstalledFontBytes.Of(path);

        var (glyf, glyfLength) = TestFonts.Table(file, "glyf");
        var (cmap, cmapLength) = TestFonts.Table(file, "cmap");
        Assert.Equal(file.Length, scanned.Length);
        Assert.True(scanned.AsSpan(glyf, glyfLength).IndexOfAnyExcept((byte)0) < 0, "glyf was read");
        Assert.True(file.AsSpan(cmap, cmapLength).SequenceEqual(scanned.AsSpan(cmap, cmapLength)), "cmap differs");
    }

    [Fact]
    public void An_installed_font_cut_short_or_not_TrueType_is_passed_over()
    {
        var cut = TestFonts.CutShort(Path.Combine(_folder, "Cut.ttf"));
        var text = Path.Combine(_folder, "Text.ttf");
        File.WriteAllText(text, "not a font at all");

        Assert.Null(FontFile.TryRead(cut));
        Assert.Null(FontFile.TryRead(text));
        Assert.NotNull(FontFile.TryRead(Path.Combine(TestFonts.DejaVuFolder, "DejaVuSans-Bold.ttf")));
    }
}
