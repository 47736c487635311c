using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Makes PDFsharp's output a function of the content alone. PDFsharp draws font subset tags, XMP document and
/// instance IDs and the trailer's file ID at random; here each is derived from the content instead: a subset's tag from
/// its embedded font program (so from its glyph set), the IDs from a hash of the whole file with those IDs blanked.
/// Flate streams also get the checksum PDFsharp leaves out.</summary>
internal static partial class ReproducibleOutput
{
    public static byte[] Finish(byte[] pdf)
    {
        var raw = RawPdf.Parse(pdf);
        for (var i = 0; i < raw.Objects.Count; i++)
        {
            raw.Objects[i] = (raw.Objects[i].Number, FlateChecksums.Complete(raw.Objects[i].Bytes));
        }

        ReplaceSubsetTags(raw);
        var blank = raw.Write();
        var text = Encoding.Latin1.GetString(blank);
        text = UuidPattern().Replace(text, "uuid:00000000-0000-0000-0000-000000000000");
        text = IdPattern().Replace(text, m => $"/ID[<{new string('0', m.Groups[1].Length)}><{new string('0', m.Groups[2].Length)}>]");
        var hash = SHA256.HashData(Encoding.Latin1.GetBytes(text));
        var id = Convert.ToHexString(hash, 0, 16);
        var counter = 0;
        text = UuidPattern().Replace(text, _ => "uuid:" + new Guid(SHA256.HashData([.. hash, (byte)counter++]).AsSpan(0, 16)).ToString("D"));
        text = IdPattern().Replace(text, _ => $"/ID[<{id}><{id}>]");
        return Encoding.Latin1.GetBytes(text);
    }

    private static void ReplaceSubsetTags(RawPdf raw)
    {
        var byNumber = raw.Objects.ToDictionary(o => o.Number, o => o.Bytes);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, bytes) in raw.Objects)
        {
            if (bytes.AsSpan().IndexOf("/FontFile2"u8) < 0)
            {
                continue;
            }

            var text = Encoding.Latin1.GetString(bytes);
            var name = FontNamePattern().Match(text);
            var file = FontFilePattern().Match(text);
            if (name.Success && file.Success && byNumber.TryGetValue(int.Parse(file.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), out var program))
            {
                tags[name.Groups[1].Value] = Tag(SHA256.HashData([.. program, .. Encoding.Latin1.GetBytes(name.Groups[2].Value)]));
            }
        }

        for (var i = 0; i < raw.Objects.Count; i++)
        {
            if (raw.Objects[i].Bytes.AsSpan().IndexOf("Font"u8) < 0)
            {
                continue;
            }

            var text = Encoding.Latin1.GetString(raw.Objects[i].Bytes);
            var replaced = SubsetNamePattern().Replace(text, m => tags.TryGetValue(m.Groups[2].Value, out var tag) ? $"{m.Groups[1].Value}{tag}+" : m.Value);
            if (!ReferenceEquals(replaced, text))
            {
                raw.Objects[i] = (raw.Objects[i].Number, Encoding.Latin1.GetBytes(replaced));
            }
        }
    }

    // A subset tag is six upper-case letters (ISO 32000-1 9.6.4).
    private static string Tag(byte[] hash) => string.Concat(hash.Take(6).Select(b => (char)('A' + (b % 26))));

    [GeneratedRegex(@"/FontName\s*/([A-Z]{6})\+([^/\s>]+)")]
    private static partial Regex FontNamePattern();

    [GeneratedRegex(@"/FontFile2\s+(\d+)\s+0\s+R")]
    private static partial Regex FontFilePattern();

    [GeneratedRegex(@"(/(?:BaseFont|FontName)\s*/)([A-Z]{6})\+")]
    private static partial Regex SubsetNamePattern();

    [GeneratedRegex(@"uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex UuidPattern();

    [GeneratedRegex(@"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")]
    private static partial Regex IdPattern();
}
