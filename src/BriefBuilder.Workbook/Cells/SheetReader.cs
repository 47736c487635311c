using System.Globalization;
using System.Xml;
using BriefBuilder.Workbooks.Markup;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>Streams one worksheet part (no XML tree is built): hidden columns (`cols`), rows and their cells
/// (`sheetData`), then merged ranges (`mergeCells`); nothing else in the sheet is looked at.</summary>
internal static class SheetReader
{
    public static SheetContent Read(WorkbookSheet sheet, CellReader cells)
    {
        var rows = new SortedDictionary<int, SheetRow>();
        var hiddenColumns = new HashSet<int>();
        var merges = new List<CellRange>();
        using (var reader = sheet.Part!.ReadXml())
        {
            var rowReader = new RowReader(reader, cells);
            for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
            {
                if (SpreadsheetMl.Is(reader, SpreadsheetMl.SheetData))
                {
                    rowReader.ReadAll(rows);
                }
                else if (SpreadsheetMl.Is(reader, SpreadsheetMl.Columns))
                {
                    ReadHiddenColumns(reader, hiddenColumns);
                }
                else if (SpreadsheetMl.Is(reader, SpreadsheetMl.MergeCells))
                {
                    ReadMerges(reader, merges);
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        var spread = Merging.Spread(rows, merges);
        return new SheetContent(sheet.Name, sheet.Hidden, [.. rows.Values], hiddenColumns, spread);
    }

    private static void ReadHiddenColumns(XmlReader reader, HashSet<int> hiddenColumns)
    {
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (SpreadsheetMl.Is(reader, SpreadsheetMl.Column) && reader.GetAttribute("hidden") is "1" or "true")
            {
                var first = Number(reader.GetAttribute("min")) ?? 1;
                var last = Math.Min(Number(reader.GetAttribute("max")) ?? first, 16_384);
                for (var c = first; c <= last; c++)
                {
                    hiddenColumns.Add(c);
                }
            }

            reader.Skip();
        }
    }

    private static void ReadMerges(XmlReader reader, List<CellRange> merges)
    {
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (SpreadsheetMl.Is(reader, SpreadsheetMl.MergeCell) && CellRange.Parse(reader.GetAttribute("ref") ?? string.Empty) is { } range)
            {
                merges.Add(range);
            }

            reader.Skip();
        }
    }

    /// <summary>A positive whole number written without sign or spaces; null for anything else.</summary>
    internal static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
