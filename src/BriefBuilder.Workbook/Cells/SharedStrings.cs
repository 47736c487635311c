using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>The workbook's shared string table, streamed: each item is its text and its runs' text, without the
/// phonetic guides (`rPh`) that Japanese workbooks add above the characters.</summary>
internal sealed class SharedStrings
{
    private readonly List<string> _items;

    private SharedStrings(List<string> items) => _items = items;

    public static SharedStrings Read(SharedStringTablePart? part)
    {
        var items = new List<string>();
        if (part is null)
        {
            return new SharedStrings(items);
        }

        var text = new StringBuilder();
        var phonetic = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(PhoneticRun))
            {
                phonetic += reader.IsStartElement ? 1 : -1;
            }
            else if (reader.IsStartElement && type == typeof(Text) && phonetic == 0)
            {
                text.Append(reader.GetText());
            }
            else if (reader.IsEndElement && type == typeof(SharedStringItem))
            {
                items.Add(EscapedText.Decode(text.ToString()));
                text.Clear();
            }
        }

        return new SharedStrings(items);
    }

    /// <summary>The string at an index, or null when the index is not in the table.</summary>
    public string? Find(int index) => index >= 0 && index < _items.Count ? _items[index] : null;
}
