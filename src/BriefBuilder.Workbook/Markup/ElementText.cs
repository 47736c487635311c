using System.Xml;

namespace BriefBuilder.Workbooks.Markup;

/// <summary>Reads a text element (`v`, `t`) to its end, into a <see cref="BoundedText"/>. An element nested inside,
/// which SpreadsheetML never puts there, is skipped rather than failing the workbook.</summary>
internal static class ElementText
{
    public static void Read(XmlReader reader, BoundedText into)
    {
        var empty = reader.IsEmptyElement;
        reader.Read();
        if (empty)
        {
            return;
        }

        while (reader.NodeType is not (XmlNodeType.EndElement or XmlNodeType.None))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                into.AppendNode(reader);
            }
            else
            {
                reader.Skip();
            }
        }

        reader.Read();
    }
}
