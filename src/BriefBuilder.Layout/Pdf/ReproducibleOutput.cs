using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Makes PDFsharp's output a function of the content alone. PDFsharp draws font subset tags, XMP document and
/// instance IDs and the trailer's file ID at random; here each is derived from the content instead: a subset's tag from
/// its embedded font program (so from its glyph set), the IDs from a hash of the whole file with those IDs blanked.
/// The file is rewritten object by object, never turned into one string.
/// Flate streams also get the checksum PDFsharp leaves out.</summary>
internal static partial class ReproducibleOutput
{
    // Hex digits in each trailer ID: 16 bytes, as PDFsharp writes them.
    private const int IdLength = 32;

    public static byte[] Finish(ReadOnlyMemory<byte> pdf)
    {
        var raw = RawPdf.Parse(pdf);
        for (var i = 0; i < raw.Objects.Count; i++)
        {
            raw.Objects[i] = (raw.Objects[i].Number, FlateChecksums.Complete(raw.Objects[i].Bytes));
        }

        ReplaceSubsetTags(raw);

        // The IDs are blanked, the file hashed, and the IDs derived from the hash written over the blanks. Only the XMP
        // metadata holds UUIDs; a UUID keeps its length, so the objects' offsets stay as written.
        var withIds = new List<int>();
        for (var i = 0; i < raw.Objects.Count; i++)
        {
            if (raw.Objects[i].Bytes.Span.IndexOf("uuid:"u8) >= 0)
            {
                withIds.Add(i);
                raw.Objects[i] = (raw.Objects[i].Number, Encoding.Latin1.GetBytes(UuidPattern().Replace(Latin1(raw.Objects[i].Bytes), "uuid:00000000-0000-0000-0000-000000000000")));
            }
        }

        // The trailer's IDs are blanked to the length of the ones derived below, so they can be written over in place.
        raw.Trailer = IdPattern().Replace(raw.Trailer, $"/ID[<{new string('0', IdLength)}><{new string('0', IdLength)}>]");
        var (file, starts) = raw.Write();
        var hash = SHA256.HashData(file);
        var id = Convert.ToHexString(hash, 0, IdLength / 2);
        var counter = 0;
        foreach (var i in withIds)
        {
            var blank = raw.Objects[i].Bytes;
            var filled = Encoding.Latin1.GetBytes(UuidPattern().Replace(Latin1(blank), _ => "uuid:" + new Guid(SHA256.HashData([.. hash, (byte)counter++]).AsSpan(0, 16)).ToString("D")));
            filled.CopyTo(file.AsSpan(starts[i], blank.Length));
        }

        var blankTrailer = Encoding.Latin1.GetBytes(raw.Trailer);
        var trailerAt = file.AsSpan().LastIndexOf(blankTrailer);
        Encoding.Latin1.GetBytes(IdPattern().Replace(raw.Trailer, _ => $"/ID[<{id}><{id}>]"), file.AsSpan(trailerAt));
        return file;
    }

    private static void ReplaceSubsetTags(RawPdf raw)
    {
        var byNumber = raw.Objects.ToDictionary(o => o.Number, o => o.Bytes);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, bytes) in raw.Objects)
        {
            if (bytes.Span.IndexOf("/FontFile2"u8) < 0)
            {
                continue;
            }

            var text = Latin1(bytes);
            var name = FontNamePattern().Match(text);
            var file = FontFilePattern().Match(text);
            if (name.Success && file.Success && byNumber.TryGetValue(int.Parse(file.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), out var program))
            {
                tags[name.Groups[1].Value] = Tag(SHA256.HashData([.. program.Span, .. Encoding.Latin1.GetBytes(name.Groups[2].Value)]));
            }
        }

        for (var i = 0; i < raw.Objects.Count; i++)
        {
            if (raw.Objects[i].Bytes.Span.IndexOf("Font"u8) < 0)
            {
                continue;
            }

            var text = Latin1(raw.Objects[i].Bytes);
            var replaced = SubsetNamePattern().Replace(text, m => tags.TryGetValue(m.Groups[2].Value, out var tag) ? $"{m.Groups[1].Value}{tag}+" : m.Value);
            if (!ReferenceEquals(replaced, text))
            {
                raw.Objects[i] = (raw.Objects[i].Number, Encoding.Latin1.GetBytes(replaced));
            }
        }
    }

    private static string Latin1(ReadOnlyMemory<byte> bytes) => Encoding.Latin1.GetString(bytes.Span);

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
