using System.Xml;
using BriefBuilder.Workbooks.Opening;

namespace BriefBuilder.Workbooks.Markup;

/// <summary>Walks an element's child elements one at a time. Each child is handled whole (read to its end or
/// skipped) before the next is asked for, so none is read twice or missed:
/// `for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))`.</summary>
internal static class ChildElements
{
    /// <summary>How deep the reader follows elements. SpreadsheetML nests about ten deep; past this a part is not a
    /// spreadsheet's, whatever it claims, and no walk needs to go further.</summary>
    public const int MaxDepth = 64;

    /// <summary>From an element's start tag, moves to its first child element; false, with the reader past the
    /// element, when it has none.</summary>
    public static bool First(XmlReader reader)
    {
        if (reader.Depth >= MaxDepth)
        {
            throw new LimitExceededException($"the XML of a part nests elements more than {MaxDepth} deep, where a spreadsheet's nests about ten (this limit is fixed)");
        }

        var empty = reader.IsEmptyElement;
        reader.Read();
        return !empty && Next(reader);
    }

    /// <summary>After a child was handled, moves to the next child element; false, with the reader past the parent's
    /// end tag, when there is none.</summary>
    public static bool Next(XmlReader reader)
    {
        while (true)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement:
                    reader.Read();
                    return false;
                case XmlNodeType.None:
                    return false;
                default:
                    reader.Read();
                    break;
            }
        }
    }
}
