using System.Security.Cryptography;
using System.Text;
using BriefBuilder.Layout.Document;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Attachments as embedded file streams (ISO 32000-1 7.11.4) under file specifications that PDF/A-3 accepts
/// (ISO 19005-3 6.8): F and UF, a description, the AFRelationship, the MIME type as the stream's Subtype, and Params
/// with the modification date, size and MD5 checksum of the data.</summary>
internal static class EmbeddedFiles
{
    /// <summary>Writes each attachment; returns their names and file specifications in the name tree's order.</summary>
    public static IReadOnlyList<(string Name, int FileSpec)> Write(PdfFile file, IReadOnlyList<Attachment> attachments)
    {
        var written = new List<(string Name, int FileSpec)>();
        foreach (var attachment in attachments)
        {
            var (spec, stream) = (file.Reserve(), file.Reserve());
            var (size, checksum) = (attachment.Data.Length, Convert.ToHexString(Checksum(attachment.Data.Span)));
            file.Stream(stream, attachment.Data.Span, d => d.Raw("/Type/EmbeddedFile/Subtype").Name(attachment.MimeType)
                .Raw("/Params<</ModDate").Date(attachment.Modified).Raw("/Size ").Int(size).Raw("/CheckSum<").Raw(checksum).Raw(">>>"));
            file.Begin(spec).Raw("<</Type/Filespec/F").Text(FileName(attachment.Name)).Raw("/UF").Text(attachment.Name)
                .Raw("/Desc").Text(attachment.Description).Raw("/AFRelationship").Name(attachment.Relationship.ToString())
                .Raw("/EF<</F ").Ref(stream).Raw("/UF ").Ref(stream).Raw(">>>>");
            file.End();
            written.Add((attachment.Name, spec));
        }

        // A name tree's keys are in lexical order of their bytes as written (7.9.6).
        return [.. written.OrderBy(w => KeyBytes(w.Name), ByteOrder.Instance)];
    }

    // The checksum PDF asks for is MD5 (7.11.4.2, Table 46): a check against damage, not a security measure.
    private static byte[] Checksum(ReadOnlySpan<byte> data) => MD5.HashData(data);

    // F is a byte string for systems without Unicode file names; UF carries the name exactly (7.11.3).
    private static string FileName(string name) => new([.. name.Select(c => c is >= ' ' and <= '~' ? c : '_')]);

    // The bytes PdfBuffer.Text writes for a key: printable ASCII as it is, anything else as UTF-16BE after a byte order mark.
    private static byte[] KeyBytes(string name) => name.All(c => c is >= ' ' and <= '~')
        ? Encoding.ASCII.GetBytes(name)
        : [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(name)];

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
