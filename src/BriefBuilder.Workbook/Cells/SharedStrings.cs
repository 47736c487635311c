using BriefBuilder.Workbooks.Markup;
using BriefBuilder.Workbooks.Opening;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>The workbook's shared string table (ECMA-376 Part 1, 18.4.9), each item read as plain text.</summary>
internal sealed class SharedStrings
{
    private readonly List<string> _items;

    private SharedStrings(List<string> items) => _items = items;

    public static SharedStrings Read(PackagePart? part)
    {
        var items = new List<string>();
        if (part is null)
        {
            return new SharedStrings(items);
        }

        using var reader = part.ReadXml();
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (SpreadsheetMl.Is(reader, SpreadsheetMl.StringItem))
            {
                items.Add(RichText.Plain(reader));
            }
            else
            {
                reader.Skip();
            }
        }

        return new SharedStrings(items);
    }

    /// <summary>The string at an index, or null when the index is not in the table.</summary>
    public string? Find(int index) => index >= 0 && index < _items.Count ? _items[index] : null;
}
