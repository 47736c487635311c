using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>Streams one worksheet part: hidden columns, rows (hidden or not) and their cells, then merged ranges,
/// holding one row in memory as XML at a time.</summary>
internal static class SheetReader
{
    public static SheetContent Read(WorksheetPart part, string name, bool hidden, CellReader cells)
    {
        var rows = new SortedDictionary<int, SheetRow>();
        var hiddenColumns = new HashSet<int>();
        var merges = new List<CellRange>();
        var lastRow = 0;
        using (var reader = OpenXmlReader.Create(part))
        {
            foreach (var element in StreamedElements.Of(reader, typeof(Column), typeof(Row), typeof(MergeCell)))
            {
                switch (element)
                {
                    case Column column when IsTrue(column.Hidden?.InnerText):
                        AddColumns(column, hiddenColumns);
                        break;
                    case Row row:
                        // A row or cell without its `r` attribute follows the one before it (ECMA-376 Part 1, 18.3.1.73).
                        lastRow = Number(row.RowIndex?.InnerText) ?? lastRow + 1;
                        rows[lastRow] = ReadRow(row, lastRow, cells);
                        break;
                    case MergeCell merge when CellRange.Parse(merge.Reference?.InnerText ?? string.Empty) is { } range:
                        merges.Add(range);
                        break;
                }
            }
        }

        var spread = Merging.Spread(rows, merges);
        return new SheetContent(name, hidden, [.. rows.Values], hiddenColumns, spread);
    }

    private static SheetRow ReadRow(Row row, int number, CellReader cells)
    {
        var result = new SheetRow(number, IsTrue(row.Hidden?.InnerText));
        var column = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            column = (cell.CellReference?.InnerText is { } reference ? CellAddress.Parse(reference)?.Column : null) ?? column + 1;
            result.Set(cells.Read(cell, new CellAddress(number, column)));
        }

        return result;
    }

    private static void AddColumns(Column column, HashSet<int> hiddenColumns)
    {
        var min = Number(column.Min?.InnerText) ?? 0;
        var max = Math.Min(Number(column.Max?.InnerText) ?? min, 16_384);
        for (var c = Math.Max(min, 1); c <= max; c++)
        {
            hiddenColumns.Add(c);
        }
    }

    private static bool IsTrue(string? text) => text is "1" or "true";

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
