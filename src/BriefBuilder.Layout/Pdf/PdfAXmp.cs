using System.Text;

namespace BriefBuilder.Layout.Pdf;

/// <summary>The XMP a PDF/A-3 file adds (ISO 19005-3 6.6): its identification (pdfaid part and conformance), and the
/// PDF/A extension schema that declares the PDF/UA identification (pdfuaid), since a PDF/A file may only use XMP
/// properties that are predefined or declared in the file itself (6.6.2.3).</summary>
internal static class PdfAXmp
{
    public static void Append(StringBuilder xmp, string conformance, bool declaresPdfUa)
    {
        xmp.Append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n<pdfaid:part>3</pdfaid:part>\n")
            .Append("<pdfaid:conformance>").Append(conformance).Append("</pdfaid:conformance>\n</rdf:Description>\n");
        if (!declaresPdfUa)
        {
            return;
        }

        xmp.Append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
            .Append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
            .Append("<pdfaExtension:schemas>\n<rdf:Bag>\n<rdf:li rdf:parseType=\"Resource\">\n")
            .Append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
            .Append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
            .Append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n<pdfaSchema:property>\n<rdf:Seq>\n<rdf:li rdf:parseType=\"Resource\">\n")
            .Append("<pdfaProperty:name>part</pdfaProperty:name>\n<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
            .Append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
            .Append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n")
            .Append("</rdf:li>\n</rdf:Seq>\n</pdfaSchema:property>\n</rdf:li>\n</rdf:Bag>\n</pdfaExtension:schemas>\n</rdf:Description>\n");
    }
}
