using System.Globalization;
using System.Xml;
using BriefBuilder.Workbooks.Markup;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>Streams one worksheet part (no XML tree is built): hidden columns (`cols`), rows and their cells
/// (`sheetData`), then merged ranges (`mergeCells`); nothing else in the sheet is looked at.</summary>
internal static class SheetReader
{
    public static SheetContent Read(WorkbookSheet sheet, CellReader cells, ReadLimits limits)
    {
        var rows = new SortedDictionary<int, SheetRow>();
        var hiddenColumns = new ColumnSet();
        var merges = new List<CellRange>();
        var problems = new List<CellProblem>();
        using (var reader = sheet.Part!.ReadXml())
        {
            var rowReader = new RowReader(reader, cells, limits, sheet.Name, problems);
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

        var spread = Merging.Spread(rows, merges, limits, sheet.Name);
        return new SheetContent(sheet.Name, sheet.Hidden, [.. rows.Values], hiddenColumns, spread, problems);
    }

    private static void ReadHiddenColumns(XmlReader reader, ColumnSet hiddenColumns)
    {
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (SpreadsheetMl.Is(reader, SpreadsheetMl.Column) && reader.GetAttribute("hidden") is "1" or "true")
            {
                var first = Number(reader.GetAttribute("min")) ?? 1;
                hiddenColumns.Add(first, Math.Max(first, Number(reader.GetAttribute("max")) ?? first));
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
