using System.Xml;
using BriefBuilder.Workbooks.Markup;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>Reads a sheet's rows (`sheetData`, ECMA-376 Part 1, 18.3.1.80): each row's number and whether it is hidden,
/// and each cell's parts, which <see cref="CellReader"/> turns into a value.</summary>
internal sealed class RowReader(XmlReader reader, CellReader cells)
{
    // One row's cells as read, kept between rows so that each row is made at its exact size.
    private readonly List<SheetCell> _rowCells = [];
    private int _rowNumber;

    /// <summary>Reads the `sheetData` element the reader stands on; a row given twice keeps its last reading.</summary>
    public void ReadAll(SortedDictionary<int, SheetRow> rows)
    {
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (SpreadsheetMl.Is(reader, SpreadsheetMl.Row))
            {
                var row = ReadRow();
                rows[row.Number] = row;
            }
            else
            {
                reader.Skip();
            }
        }
    }

    // A row or cell without its `r` attribute follows the one before it (ECMA-376 Part 1, 18.3.1.73).
    private SheetRow ReadRow()
    {
        _rowNumber = SheetReader.Number(reader.GetAttribute("r")) ?? _rowNumber + 1;
        var hidden = reader.GetAttribute("hidden") is "1" or "true";
        var column = 0;
        _rowCells.Clear();
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (SpreadsheetMl.Is(reader, SpreadsheetMl.Cell))
            {
                _rowCells.Add(cells.Read(ReadCell(ref column)));
            }
            else
            {
                reader.Skip();
            }
        }

        return new SheetRow(_rowNumber, hidden, _rowCells);
    }

    private StoredCell ReadCell(ref int column)
    {
        // Most of a sheet is cells: their attributes are read in one pass rather than looked up one by one.
        string? reference = null;
        string? type = null;
        string? style = null;
        while (reader.MoveToNextAttribute())
        {
            if (reader.Prefix.Length == 0)
            {
                switch (reader.LocalName)
                {
                    case "r":
                        reference = reader.Value;
                        break;
                    case "t":
                        type = reader.Value;
                        break;
                    case "s":
                        style = reader.Value;
                        break;
                }
            }
        }

        reader.MoveToElement();
        column = (reference is null ? null : CellAddress.Parse(reference)?.Column) ?? column + 1;
        var address = new CellAddress(_rowNumber, column);
        string? value = null;
        string? inlineText = null;
        var hasFormula = false;
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (SpreadsheetMl.Is(reader, SpreadsheetMl.Value))
            {
                value = ElementText.Read(reader);
            }
            else if (SpreadsheetMl.Is(reader, SpreadsheetMl.InlineString))
            {
                inlineText = RichText.Plain(reader);
            }
            else
            {
                hasFormula |= SpreadsheetMl.Is(reader, SpreadsheetMl.Formula);
                reader.Skip();
            }
        }

        return new StoredCell(address, type, style, value, inlineText, hasFormula);
    }
}
