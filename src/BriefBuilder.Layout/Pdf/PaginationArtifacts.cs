using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace BriefBuilder.Layout.Pdf;

/// <summary>PDFsharp marks every artifact as a bare "/Artifact BMC". PDF/UA checkers expect page furniture typed as
/// pagination with its subtype (ISO 32000-1 14.8.2.2.2, table 330), so once a page is painted the furniture's artifacts
/// in its content stream become "/Artifact &lt;&lt;/Type /Pagination /Subtype /Header&gt;&gt; BDC".</summary>
internal static class PaginationArtifacts
{
    private static readonly byte[] Bare = "/Artifact BMC"u8.ToArray();

    /// <param name="subtypes">Subtype by the artifact's order on the page (0 for the page's first artifact).</param>
    public static void Type(PdfPage page, IReadOnlyDictionary<int, string> subtypes)
    {
        if (subtypes.Count == 0 || page.Contents.Elements.Count == 0 || page.Contents.Elements[^1] is not PdfReference { Value: PdfDictionary content }
            || content.Stream?.Value is not { } bytes)
        {
            return;
        }

        using var typed = new MemoryStream(bytes.Length + (subtypes.Count * 48));
        var source = bytes.AsSpan();
        var ordinal = 0;
        int at;
        while ((at = source.IndexOf(Bare)) >= 0)
        {
            typed.Write(source[..at]);
            typed.Write(subtypes.TryGetValue(ordinal++, out var subtype)
                ? Encoding.ASCII.GetBytes($"/Artifact <</Type /Pagination /Subtype /{subtype}>> BDC")
                : Bare);
            source = source[(at + Bare.Length)..];
        }

        typed.Write(source);
        content.Stream.Value = typed.ToArray();
    }
}
