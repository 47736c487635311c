using System.Xml;

namespace BriefBuilder.Workbooks.Markup;

/// <summary>Reads a text element (`v`, `t`) to its end and returns its text. An element nested inside, which
/// SpreadsheetML never puts there, is skipped rather than failing the workbook.</summary>
internal static class ElementText
{
    public static string Read(XmlReader reader)
    {
        var empty = reader.IsEmptyElement;
        reader.Read();
        if (empty)
        {
            return string.Empty;
        }

        var text = string.Empty;
        while (reader.NodeType is not (XmlNodeType.EndElement or XmlNodeType.None))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                text = text.Length == 0 ? reader.Value : string.Concat(text, reader.Value);
                reader.Read();
            }
            else
            {
                reader.Skip();
            }
        }

        reader.Read();
        return text;
    }
}
