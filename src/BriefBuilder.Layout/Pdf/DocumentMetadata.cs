using System.Globalization;
using System.Security;
using System.Text;
using BriefBuilder.Layout.Document;

namespace BriefBuilder.Layout.Pdf;

/// <summary>The document information dictionary (ISO 32000-1 14.3.3) and the same facts as XMP metadata (14.3.2), from the
/// caller's metadata. Dates are written as given, with the caller's offset, never from the clock; the XMP document and
/// instance IDs derive from the file's content, so output is reproducible.</summary>
internal static class DocumentMetadata
{
    public const string Tool = "BriefBuilder";

    public static void WriteInfo(PdfFile file, int number, DocumentInfo info)
    {
        var d = file.Begin(number).Raw("<</Title").Text(info.Title);
        if (info.Author is { } author)
        {
            d.Raw("/Author").Text(author);
        }

        if (info.Subject is { } subject)
        {
            d.Raw("/Subject").Text(subject);
        }

        if (info.Keywords is { } keywords)
        {
            d.Raw("/Keywords").Text(keywords);
        }

        d.Raw("/Creator").Text(Tool).Raw("/Producer").Text(Tool)
            .Raw("/CreationDate").Date(info.CreationDate).Raw("/ModDate").Date(info.CreationDate).Raw(">>");
        file.End();
    }

    /// <summary>Writes the XMP packet; <paramref name="contentHash"/> (of everything else in the file) seeds its IDs. With a
    /// PDF/A <paramref name="conformance"/> level, the file identifies itself as PDF/A-3 too.</summary>
    public static void WriteXmp(PdfFile file, int number, DocumentInfo info, bool tagged, byte[] contentHash, string? conformance = null)
    {
        var date = info.CreationDate.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var xmp = new StringBuilder()
            .Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
            .Append(CultureInfo.InvariantCulture, $"<pdf:Producer>{Escape(Tool)}</pdf:Producer>\n");
        if (info.Keywords is { } keywords)
        {
            xmp.Append(CultureInfo.InvariantCulture, $"<pdf:Keywords>{Escape(keywords)}</pdf:Keywords>\n");
        }

        xmp.Append("</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
            .Append("<dc:format>application/pdf</dc:format>\n")
            .Append(CultureInfo.InvariantCulture, $"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{Escape(info.Title)}</rdf:li></rdf:Alt></dc:title>\n");
        if (info.Author is { } author)
        {
            xmp.Append(CultureInfo.InvariantCulture, $"<dc:creator><rdf:Seq><rdf:li>{Escape(author)}</rdf:li></rdf:Seq></dc:creator>\n");
        }

        if (info.Subject is { } subject)
        {
            xmp.Append(CultureInfo.InvariantCulture, $"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{Escape(subject)}</rdf:li></rdf:Alt></dc:description>\n");
        }

        xmp.Append(CultureInfo.InvariantCulture, $"<dc:language><rdf:Bag><rdf:li>{Escape(info.Language)}</rdf:li></rdf:Bag></dc:language>\n")
            .Append("</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
            .Append(CultureInfo.InvariantCulture, $"<xmp:CreatorTool>{Tool}</xmp:CreatorTool>\n<xmp:CreateDate>{date}</xmp:CreateDate>\n")
            .Append(CultureInfo.InvariantCulture, $"<xmp:ModifyDate>{date}</xmp:ModifyDate>\n<xmp:MetadataDate>{date}</xmp:MetadataDate>\n")
            .Append("</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n")
            .Append(CultureInfo.InvariantCulture, $"<xmpMM:DocumentID>uuid:{Uuid(contentHash, 0)}</xmpMM:DocumentID>\n")
            .Append(CultureInfo.InvariantCulture, $"<xmpMM:InstanceID>uuid:{Uuid(contentHash, 16)}</xmpMM:InstanceID>\n")
            .Append("</rdf:Description>\n");
        if (tagged)
        {
            // PDF/UA-1 (ISO 14289-1) 5: a conforming file identifies itself in its metadata.
            xmp.Append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n");
        }

        if (conformance is not null)
        {
            PdfAXmp.Append(xmp, conformance, declaresPdfUa: tagged);
        }

        xmp.Append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");

        // Metadata stays uncompressed so tools that do not parse PDF can still find it (14.3.2).
        file.Stream(number, Encoding.UTF8.GetBytes(xmp.ToString()), d => d.Raw("/Type/Metadata/Subtype/XML"), deflate: false);
    }

    private static string Uuid(byte[] hash, int at) => new Guid(hash.AsSpan(at, 16)).ToString("D");

    private static string Escape(string text) => SecurityElement.Escape(text);
}
