using System.Xml;
using BriefBuilder.Workbooks.Markup;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>The plain text of a shared or inline string (`si`, `is`): its text and its runs' text, without the
/// phonetic guides (`rPh`) that Japanese workbooks add above the characters (ECMA-376 Part 1, 18.4).</summary>
internal static class RichText
{
    /// <summary>Reads the string element the reader stands on, to its end.</summary>
    public static string Plain(XmlReader reader)
    {
        var text = string.Empty;
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (SpreadsheetMl.Is(reader, SpreadsheetMl.Text))
            {
                text = string.Concat(text, ElementText.Read(reader));
            }
            else if (SpreadsheetMl.Is(reader, SpreadsheetMl.Run))
            {
                text = string.Concat(text, RunText(reader));
            }
            else
            {
                reader.Skip();
            }
        }

        return EscapedText.Decode(text);
    }

    private static string RunText(XmlReader reader)
    {
        var text = string.Empty;
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (SpreadsheetMl.Is(reader, SpreadsheetMl.Text))
            {
                text = string.Concat(text, ElementText.Read(reader));
            }
            else
            {
                reader.Skip();
            }
        }

        return text;
    }
}
