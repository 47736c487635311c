using System.Xml;
using BriefBuilder.Workbooks.Markup;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>The plain text of a shared or inline string (`si`, `is`): its text and its runs' text, without the
/// phonetic guides (`rPh`) that Japanese workbooks add above the characters (ECMA-376 Part 1, 18.4).</summary>
internal static class RichText
{
    /// <summary>Reads the string element the reader stands on, to its end: its text as written, escapes undone,
    /// cut at the buffer's limit.</summary>
    public static (string Text, bool Cut) Plain(XmlReader reader, BoundedText text)
    {
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (SpreadsheetMl.Is(reader, SpreadsheetMl.Text))
            {
                ElementText.Read(reader, text);
            }
            else if (SpreadsheetMl.Is(reader, SpreadsheetMl.Run))
            {
                RunText(reader, text);
            }
            else
            {
                reader.Skip();
            }
        }

        var (plain, cut) = text.Take();
        return (EscapedText.Decode(plain), cut);
    }

    private static void RunText(XmlReader reader, BoundedText text)
    {
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (SpreadsheetMl.Is(reader, SpreadsheetMl.Text))
            {
                ElementText.Read(reader, text);
            }
            else
            {
                reader.Skip();
            }
        }
    }
}
