using BriefBuilder.Workbooks.Markup;
using BriefBuilder.Workbooks.Opening;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>The workbook's shared string table (ECMA-376 Part 1, 18.4.9), each item read as plain text, cleaned and
/// cut at the limit of characters per cell; the cells that use an item report what was done to it.</summary>
internal sealed class SharedStrings
{
    private readonly List<CellString> _items;

    private SharedStrings(List<CellString> items) => _items = items;

    public static SharedStrings Read(PackagePart? part, ReadLimits limits)
    {
        var items = new List<CellString>();
        if (part is null)
        {
            return new SharedStrings(items);
        }

        var text = new BoundedText(limits.CellCharacters);
        using var reader = part.ReadXml();
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (SpreadsheetMl.Is(reader, SpreadsheetMl.StringItem))
            {
                var (plain, cut) = RichText.Plain(reader, text);
                items.Add(CellString.From(plain, cut));
            }
            else
            {
                reader.Skip();
            }
        }

        return new SharedStrings(items);
    }

    /// <summary>The string at an index, or null when the index is not in the table.</summary>
    public CellString? Find(int index) => index >= 0 && index < _items.Count ? _items[index] : null;
}
