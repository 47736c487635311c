using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>Streams one worksheet part element by element (no XML tree is built, bar a cell's rare inline rich
/// text): hidden columns, rows (hidden or not) and their cells, then merged ranges.</summary>
internal static class SheetReader
{
    public static SheetContent Read(WorksheetPart part, string name, bool hidden, CellReader cells)
    {
        var rows = new SortedDictionary<int, SheetRow>();
        var hiddenColumns = new HashSet<int>();
        var merges = new List<CellRange>();
        SheetRow? row = null;
        StoredCell? cell = null;
        var rowNumber = 0;
        var column = 0;
        using (var reader = OpenXmlReader.Create(part))
        {
            var more = reader.Read();
            while (more)
            {
                var type = reader.ElementType;
                if (reader.IsStartElement && type == typeof(InlineString) && cell is not null)
                {
                    // Loading moves the reader past the element: what follows is examined before reading on.
                    cell.InlineText = RichText.Plain(reader.LoadCurrentElement()!);
                    more = !reader.EOF;
                    continue;
                }

                if (reader.IsStartElement)
                {
                    if (type == typeof(Row))
                    {
                        // A row or cell without its `r` attribute follows the one before it (ECMA-376 Part 1, 18.3.1.73).
                        rowNumber = Number(Attribute(reader, "r")) ?? rowNumber + 1;
                        row = new SheetRow(rowNumber, IsTrue(Attribute(reader, "hidden")));
                        rows[rowNumber] = row;
                        column = 0;
                    }
                    else if (type == typeof(Cell))
                    {
                        column = (Attribute(reader, "r") is { } reference ? CellAddress.Parse(reference)?.Column : null) ?? column + 1;
                        cell = new StoredCell(new CellAddress(rowNumber, column), Attribute(reader, "t"), Attribute(reader, "s"));
                    }
                    else if (type == typeof(CellValue) && cell is not null)
                    {
                        cell.Value = reader.GetText();
                    }
                    else if (type == typeof(CellFormula) && cell is not null)
                    {
                        cell.HasFormula = true;
                    }
                    else if (type == typeof(Column) && IsTrue(Attribute(reader, "hidden")))
                    {
                        AddColumns(Number(Attribute(reader, "min")), Number(Attribute(reader, "max")), hiddenColumns);
                    }
                    else if (type == typeof(MergeCell) && CellRange.Parse(Attribute(reader, "ref") ?? string.Empty) is { } range)
                    {
                        merges.Add(range);
                    }
                }
                else if (reader.IsEndElement && type == typeof(Cell) && cell is not null && row is not null)
                {
                    row.Set(cells.Read(cell));
                    cell = null;
                }

                more = reader.Read();
            }
        }

        var spread = Merging.Spread(rows, merges);
        return new SheetContent(name, hidden, [.. rows.Values], hiddenColumns, spread);
    }

    private static string? Attribute(OpenXmlReader reader, string name)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == name && string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    private static void AddColumns(int? min, int? max, HashSet<int> hiddenColumns)
    {
        var first = min ?? 1;
        var last = Math.Min(max ?? first, 16_384);
        for (var c = first; c <= last; c++)
        {
            hiddenColumns.Add(c);
        }
    }

    private static bool IsTrue(string? text) => text is "1" or "true";

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
