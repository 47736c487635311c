using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PdfSharp.Pdf;
using static BriefBuilder.Layout.Tests.Conformance.PdfA.PdfObjects;

namespace BriefBuilder.Layout.Tests.Conformance.PdfA;

/// <summary>6.6.2 to 6.6.4: the XMP metadata stream, its PDF/A identification, extension schemas for every property
/// outside the predefined schemas, and agreement with the document information dictionary.</summary>
internal static class XmpChecks
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace PdfAId = "http://www.aiim.org/pdfa/ns/id/";
    private static readonly XNamespace PdfASchema = "http://www.aiim.org/pdfa/ns/schema#";
    private static readonly XNamespace PdfAProperty = "http://www.aiim.org/pdfa/ns/property#";
    private static readonly XNamespace Xml = XNamespace.Xml;

    // The schemas of XMP 2004 that PDF/A takes as predefined (6.6.2.3.2), and PDF/A's own.
    private static readonly HashSet<string> Predefined =
    [
        Dc.NamespaceName, Xmp.NamespaceName, "http://ns.adobe.com/xap/1.0/rights/", "http://ns.adobe.com/xap/1.0/mm/",
        "http://ns.adobe.com/xap/1.0/bj/", "http://ns.adobe.com/xap/1.0/t/pg/", "http://ns.adobe.com/xmp/1.0/DynamicMedia/",
        Pdf.NamespaceName, "http://ns.adobe.com/photoshop/1.0/", "http://ns.adobe.com/camera-raw-settings/1.0/",
        "http://ns.adobe.com/tiff/1.0/", "http://ns.adobe.com/exif/1.0/", "http://ns.adobe.com/exif/1.0/aux/",
        PdfAId.NamespaceName, "http://www.aiim.org/pdfa/ns/extension/", PdfASchema.NamespaceName, PdfAProperty.NamespaceName,
        "http://www.aiim.org/pdfa/ns/type#", "http://www.aiim.org/pdfa/ns/field#",
    ];

    public static void Check(PdfDocument document, char conformance, List<string> problems)
    {
        var stream = Dictionary(document.Internals.Catalog.Elements["/Metadata"]);
        if (stream?.Stream is null || Name(stream, "/Subtype") != "XML")
        {
            problems.Add("6.6.2.1: the catalog has no XMP metadata stream");
            return;
        }

        if (stream.Elements.ContainsKey("/Filter"))
        {
            problems.Add("6.6.2.1: the metadata stream is filtered");
        }

        var text = Encoding.UTF8.GetString(stream.Stream.Value);
        if (Regex.Match(text, @"<\?xpacket begin=[^?]*\?>") is not { Success: true } packet || packet.Value.Contains("bytes=", StringComparison.Ordinal) || packet.Value.Contains("encoding=", StringComparison.Ordinal))
        {
            problems.Add("6.6.2.2: the XMP packet header is missing or has a bytes or encoding attribute");
        }

        var descriptions = XDocument.Parse(text).Descendants(Rdf + "Description").ToList();
        var properties = descriptions.SelectMany(d => d.Elements()).ToList();
        string? Value(XName name) => properties.FirstOrDefault(p => p.Name == name)?.Value.Trim();

        if (Value(PdfAId + "part") != "3" || Value(PdfAId + "conformance") != conformance.ToString())
        {
            problems.Add($"6.6.4: the XMP does not identify PDF/A-3{conformance} (part '{Value(PdfAId + "part")}', conformance '{Value(PdfAId + "conformance")}')");
        }

        Extensions(descriptions, properties, problems);
        Consistency(document, properties, problems);
    }

    // 6.6.2.3: a property outside the predefined schemas is declared, by namespace, prefix and name, in an extension schema.
    private static void Extensions(List<XElement> descriptions, List<XElement> properties, List<string> problems)
    {
        var declared = descriptions.Descendants(PdfASchema + "namespaceURI")
            .Select(uri => (Uri: uri.Value.Trim(), Schema: uri.Parent!))
            .ToDictionary(
                s => s.Uri,
                s => (Prefix: s.Schema.Element(PdfASchema + "prefix")?.Value.Trim(),
                    Names: s.Schema.Descendants(PdfAProperty + "name").Select(n => n.Value.Trim()).ToHashSet(StringComparer.Ordinal),
                    Typed: s.Schema.Descendants(PdfAProperty + "valueType").Count() == s.Schema.Descendants(PdfAProperty + "name").Count()));
        foreach (var property in properties.Where(p => !Predefined.Contains(p.Name.NamespaceName)))
        {
            var ns = property.Name.NamespaceName;
            if (!declared.TryGetValue(ns, out var schema) || !schema.Names.Contains(property.Name.LocalName) || !schema.Typed
                || schema.Prefix != property.GetPrefixOfNamespace(property.Name.Namespace))
            {
                problems.Add($"6.6.2.3.1: the property {property.Name.LocalName} of {ns} is declared in no PDF/A extension schema");
            }
        }
    }

    // 6.6.3: each entry of the information dictionary has the same value in the XMP (ISO 32000-1 Table 317's mapping).
    private static void Consistency(PdfDocument document, List<XElement> properties, List<string> problems)
    {
        var info = document.Info.Elements;
        XElement? Property(XName name) => properties.FirstOrDefault(p => p.Name == name);
        string? Default(XName name) => Property(name)?.Descendants(Rdf + "li").FirstOrDefault(li => (string?)li.Attribute(Xml + "lang") == "x-default")?.Value;

        void Same(string key, string? xmp, string property)
        {
            var value = StringValue(document.Info, key);
            if (value is not null && value != xmp)
            {
                problems.Add($"6.6.3: the information dictionary's {key} '{value}' is not the XMP {property} '{xmp}'");
            }
        }

        Same("/Title", Default(Dc + "title"), "dc:title");
        Same("/Subject", Default(Dc + "description"), "dc:description");
        Same("/Keywords", Property(Pdf + "Keywords")?.Value, "pdf:Keywords");
        Same("/Creator", Property(Xmp + "CreatorTool")?.Value, "xmp:CreatorTool");
        Same("/Producer", Property(Pdf + "Producer")?.Value, "pdf:Producer");
        var authors = Property(Dc + "creator")?.Descendants(Rdf + "li").Select(li => li.Value).ToList() ?? [];
        if (StringValue(document.Info, "/Author") is { } author && (authors.Count != 1 || authors[0] != author))
        {
            problems.Add($"6.6.3: the Author '{author}' is not the one dc:creator of the XMP");
        }

        foreach (var (key, property) in new[] { ("/CreationDate", Xmp + "CreateDate"), ("/ModDate", Xmp + "ModifyDate") })
        {
            var pdfDate = PdfDate(StringValue(document.Info, key));
            var xmpDate = DateTimeOffset.TryParse(Property(property)?.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : (DateTimeOffset?)null;
            if (info.ContainsKey(key) && (pdfDate is null || pdfDate != xmpDate))
            {
                problems.Add($"6.6.3: the information dictionary's {key} is not the XMP {property.LocalName}");
            }
        }
    }
}
