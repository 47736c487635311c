using System.IO.Compression;
using System.Xml;
using BriefBuilder.Workbooks.Markup;

namespace BriefBuilder.Workbooks.Opening;

/// <summary>One part of the package: its name, an absolute path such as `/xl/workbook.xml`, and the zip entry that
/// holds it.</summary>
internal sealed class PackagePart(string name, ZipArchiveEntry entry, PartXml xml)
{
    public string Name { get; } = name;

    /// <summary>Streams the part's XML, decompressed as it is read, from its root element.</summary>
    public XmlReader ReadXml() => xml.Open(entry.Open(), Name);
}
