using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>The plain text of a shared or inline string: its text and its runs' text, without the phonetic
/// guides (`rPh`) that Japanese workbooks add above the characters.</summary>
internal static class RichText
{
    public static string Plain(OpenXmlElement item)
    {
        var parts = item.ChildElements
            .SelectMany(child => child switch
            {
                Text text => [text.Text],
                Run run => run.Elements<Text>().Select(t => t.Text),
                _ => [],
            });
        return EscapedText.Decode(string.Concat(parts));
    }
}
