using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>The workbook's shared string table, read item by item with the streaming reader.</summary>
internal sealed class SharedStrings
{
    private readonly List<string> _items;

    private SharedStrings(List<string> items) => _items = items;

    public static SharedStrings Read(SharedStringTablePart? part)
    {
        var items = new List<string>();
        if (part is not null)
        {
            using var reader = OpenXmlReader.Create(part);
            foreach (var element in StreamedElements.Of<SharedStringItem>(reader))
            {
                items.Add(RichText.Plain(element));
            }
        }

        return new SharedStrings(items);
    }

    /// <summary>The string at an index, or null when the index is not in the table.</summary>
    public string? Find(int index) => index >= 0 && index < _items.Count ? _items[index] : null;
}
