using System.Text.RegularExpressions;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Pdf;
using BriefBuilder.Layout.Tests.Demo;
using BriefBuilder.Layout.Tests.Text;

namespace BriefBuilder.Layout.Tests.Pdf;

/// <summary>Glyphs are shown as literal strings of two-byte codes (ISO 32000-1 7.3.4.2): read back by the standard's
/// rules, and by independent readers, they are the glyphs written, whatever bytes their codes hold.</summary>
public class GlyphStringTests
{
    private static readonly byte[] Delimiters = [(byte)'(', (byte)')', (byte)'\\', (byte)'\r'];

    [Fact]
    public void Every_two_byte_code_reads_back_as_written_by_the_standards_rules()
    {
        var codes = Enumerable.Range(0, 65536).Select(c => (ushort)c).ToArray();
        var buffer = new PdfBuffer(16);

        buffer.Codes16(codes);

        var written = buffer.Written.ToArray();
        Assert.DoesNotContain((byte)'\r', written);
        Assert.Equal(codes, Read(written));
    }

    [Fact]
    public void Text_whose_glyph_codes_hold_delimiter_bytes_comes_back_out_of_the_pdf()
    {
        // For each delimiter byte, a letter whose glyph code in the body face holds it.
        var face = Shaping.Measurer.ChainFor(TextStyle.Body).Primary;
        var letters = Delimiters.Select(d => Enumerable.Range(0x41, 0x24F - 0x41).FirstOrDefault(c => face.Has(c) && HoldsByte(face.Glyph(c), d))).ToList();
        Assert.DoesNotContain(0, letters);
        var text = "Mixed " + string.Concat(letters.Select(char.ConvertFromUtf32)) + " end";
        var path = Path.Combine(Path.GetTempPath(), $"glyph-strings-{Environment.ProcessId}.pdf");
        try
        {
            var file = PdfFormat.Default.Render(Documents.Of(new Paragraph(text))).File;
            File.WriteAllBytes(path, file);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(file);
            Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal));
            var (code, output) = Tools.Run("pdftotext", path, "-");
            Assert.Equal(0, code);
            Assert.Equal(text, Regex.Replace(output, @"\s+", " ").Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool HoldsByte(ushort glyph, byte value) => (glyph >> 8) == value || (glyph & 0xFF) == value;

    // A literal string as a reader takes it (7.3.4.2): backslash escapes, and an end of line (CR, LF or CR LF) read as a
    // line feed; then two bytes a code, high byte first.
    private static ushort[] Read(byte[] literal)
    {
        Assert.Equal((byte)'(', literal[0]);
        Assert.Equal((byte)')', literal[^1]);
        var bytes = new List<byte>();
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var b = literal[i];
            if (b == '\\')
            {
                var next = literal[++i];
                bytes.Add(next switch
                {
                    (byte)'n' => (byte)'\n',
                    (byte)'r' => (byte)'\r',
                    (byte)'t' => (byte)'\t',
                    (byte)'b' => (byte)'\b',
                    (byte)'f' => (byte)'\f',
                    _ => next,
                });
            }
            else if (b == '\r')
            {
                bytes.Add((byte)'\n');
                if (literal[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                bytes.Add(b);
            }
        }

        Assert.Equal(0, bytes.Count % 2);
        return [.. Enumerable.Range(0, bytes.Count / 2).Select(i => (ushort)((bytes[2 * i] << 8) | bytes[(2 * i) + 1]))];
    }
}
