using System.Globalization;
using System.Xml;
using BriefBuilder.Diagnostics;
using BriefBuilder.Workbooks.Markup;
using BriefBuilder.Workbooks.Opening;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>Reads a sheet's rows (`sheetData`, ECMA-376 Part 1, 18.3.1.80): each row's number and whether it is hidden,
/// and each cell's parts, which <see cref="CellReader"/> turns into a value. Only cells and rows that hold something are
/// kept. Rows and columns past the limits stop the reading; a row or cell stored twice is reported.</summary>
internal sealed class RowReader(XmlReader reader, CellReader cells, ReadLimits limits, string sheet, List<CellProblem> problems)
{
    // One row's cells as read, kept between rows so that each row is made at its exact size.
    private readonly List<SheetCell> _rowCells = [];
    private readonly BoundedText _text = new(limits.CellCharacters);
    private int _rowNumber;
    private int _cellCount;

    /// <summary>Reads the `sheetData` element the reader stands on.</summary>
    public void ReadAll(SortedDictionary<int, SheetRow> rows)
    {
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (!SpreadsheetMl.Is(reader, SpreadsheetMl.Row))
            {
                reader.Skip();
                continue;
            }

            var row = ReadRow();
            if (!rows.TryGetValue(row.Number, out var earlier))
            {
                if (!row.IsEmpty)
                {
                    rows[row.Number] = row;
                }

                continue;
            }

            // A row given twice: both copies are read, the later one's cells over the earlier one's, and the file is
            // reported as damaged, since no spreadsheet program writes it so.
            var first = row.Cells.FirstOrDefault()?.Address ?? new CellAddress(row.Number, 1);
            problems.Add(new CellProblem(first, WorkbookCodes.StoredTwice, string.Create(
                CultureInfo.InvariantCulture,
                $"row {row.Number} is stored twice in the sheet's file (a damaged or hand-edited workbook): open and save it in Excel, or join the two rows by hand")));
            foreach (var cell in row.Cells)
            {
                earlier.Set(cell);
            }
        }
    }

    // A row or cell without its `r` attribute follows the one before it (ECMA-376 Part 1, 18.3.1.73).
    private SheetRow ReadRow()
    {
        var number = reader.GetAttribute("r") is { } r && long.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var given) && given > 0
            ? given
            : _rowNumber + 1L;
        if (number > limits.Rows)
        {
            throw new LimitExceededException(string.Create(CultureInfo.InvariantCulture, $"the sheet has a row numbered {number:N0}, past the last row a sheet may have ({LimitText.HowToRaise(ReadLimits.RowsName, limits.Rows)})"), sheet);
        }

        _rowNumber = (int)number;
        var hidden = reader.GetAttribute("hidden") is "1" or "true";
        var column = 0;
        _rowCells.Clear();
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (!SpreadsheetMl.Is(reader, SpreadsheetMl.Cell))
            {
                reader.Skip();
                continue;
            }

            var cell = cells.Read(ReadCell(ref column), problems);
            if (cell.IsEmpty && cell.Kind is CellKind.Empty or CellKind.Text)
            {
                continue;
            }

            if (++_cellCount > limits.Cells)
            {
                throw new LimitExceededException(string.Create(CultureInfo.InvariantCulture, $"the sheet has more than {limits.Cells:N0} cells with a value ({LimitText.HowToRaise(ReadLimits.CellsName, limits.Cells)})"), sheet);
            }

            if (_rowCells.Count > 0 && _rowCells[^1].Address.Column >= cell.Address.Column && _rowCells.Exists(c => c.Address.Column == cell.Address.Column))
            {
                problems.Add(new CellProblem(cell.Address, WorkbookCodes.StoredTwice, $"cell {cell.Address} is stored twice in the sheet's file (a damaged or hand-edited workbook): only the later value is read; open and save it in Excel"));
            }

            _rowCells.Add(cell);
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
        column = ColumnOf(reference) ?? column + 1;
        if (column > limits.Columns)
        {
            throw new LimitExceededException(string.Create(CultureInfo.InvariantCulture, $"the sheet has a cell in column {column:N0} ({reference}), past the last column a sheet may have ({LimitText.HowToRaise(ReadLimits.ColumnsName, limits.Columns)})"), sheet);
        }

        var address = new CellAddress(_rowNumber, column);
        string? value = null;
        var valueCut = false;
        CellString? inlineText = null;
        var hasFormula = false;
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (SpreadsheetMl.Is(reader, SpreadsheetMl.Value))
            {
                ElementText.Read(reader, _text);
                (value, valueCut) = _text.Take();
            }
            else if (SpreadsheetMl.Is(reader, SpreadsheetMl.InlineString))
            {
                var (plain, cut) = RichText.Plain(reader, _text);
                inlineText = CellString.From(plain, cut);
            }
            else
            {
                hasFormula |= SpreadsheetMl.Is(reader, SpreadsheetMl.Formula);
                reader.Skip();
            }
        }

        return new StoredCell(address, type, style, value, valueCut, inlineText, hasFormula);
    }

    // The column of a reference such as `B7` ($ anchors allowed), however far right; null when it names none.
    private static int? ColumnOf(string? reference)
    {
        if (reference is null)
        {
            return null;
        }

        var column = 0L;
        var i = reference.StartsWith('$') ? 1 : 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = Math.Min((column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1), int.MaxValue);
        }

        return column > 0 ? (int)column : null;
    }
}
