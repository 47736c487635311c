using System.Xml;

namespace BriefBuilder.Workbooks.Markup;

/// <summary>Opens package parts as streaming XML, all with one name table: whitespace between elements, comments and
/// processing instructions are skipped, as the OpenXml SDK skips them, and a DTD is refused.</summary>
internal sealed class PartXml
{
    private readonly XmlReaderSettings _settings = new()
    {
        NameTable = SpreadsheetMl.NameTable(),
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        DtdProcessing = DtdProcessing.Prohibit,
        CloseInput = true,
    };

    /// <summary>A reader standing on the root element of a part's XML; a part without one is damage.</summary>
    public XmlReader Open(Stream part, string partName)
    {
        var reader = XmlReader.Create(part, _settings);
        if (reader.MoveToContent() != XmlNodeType.Element)
        {
            reader.Dispose();
            throw new InvalidDataException($"the part {partName} holds no XML element");
        }

        return reader;
    }
}
