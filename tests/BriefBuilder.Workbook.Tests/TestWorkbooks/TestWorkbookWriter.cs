using System.Globalization;
using BriefBuilder.Workbooks.Cells;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefBuilder.Tests.TestWorkbooks;

/// <summary>Writes a <see cref="TestWorkbook"/> part by part: a shared string table, a styles part with the number
/// formats the cells use, and one worksheet per sheet with its hidden rows, columns and merged ranges.</summary>
internal static class TestWorkbookWriter
{
    public static void Write(TestWorkbook workbook, string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var strings = new List<SharedStringItem>();
        var styles = new StyleTable();
        var sheets = new Sheets();
        uint sheetId = 1;
        foreach (var sheet in workbook.Sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = Worksheet(sheet, strings, styles, workbook.OmitReferences);
            if (sheet.HasPicture)
            {
                Pictures.Add(part);
            }

            sheets.Append(new Sheet
            {
                Name = sheet.Name,
                SheetId = sheetId++,
                Id = workbookPart.GetIdOfPart(part),
                State = sheet.Hidden ? SheetStateValues.Hidden : null,
            });
        }

        workbookPart.Workbook = new Workbook(
            new WorkbookProperties { Date1904 = workbook.Date1904 ? true : null },
            sheets);
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Stylesheet();
        workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable =
            new SharedStringTable(strings) { Count = (uint)strings.Count, UniqueCount = (uint)strings.Count };
    }

    private static Worksheet Worksheet(TestSheet sheet, List<SharedStringItem> strings, StyleTable styles, bool omitReferences)
    {
        var worksheet = new Worksheet();
        if (sheet.HiddenColumns.Count > 0)
        {
            worksheet.Append(new Columns(sheet.HiddenColumns.Order().Select(c =>
                new Column { Min = (uint)c, Max = (uint)c, Hidden = true, Width = 10, CustomWidth = true })));
        }

        var data = new SheetData();
        var rows = sheet.Cells.GroupBy(c => c.Key.Row).ToDictionary(g => g.Key, g => g.ToList());
        var numbers = rows.Keys.Union(sheet.HiddenRows).Order().ToList();
        if (omitReferences && numbers.Count > 0)
        {
            // Without references, position is all there is: every row and cell up to the last is written.
            numbers = [.. Enumerable.Range(1, numbers.Max())];
        }

        foreach (var number in numbers)
        {
            var row = new Row { RowIndex = omitReferences ? null : (uint)number, Hidden = sheet.HiddenRows.Contains(number) ? true : null };
            var cells = rows.GetValueOrDefault(number) ?? [];
            if (omitReferences && cells.Count > 0)
            {
                var byColumn = cells.ToDictionary(c => c.Key.Column, c => c.Value);
                for (var column = 1; column <= byColumn.Keys.Max(); column++)
                {
                    row.Append(byColumn.TryGetValue(column, out var spec) ? Cell(spec, strings, styles) : new Cell());
                }
            }
            else
            {
                foreach (var (address, spec) in cells)
                {
                    var cell = Cell(spec, strings, styles);
                    cell.CellReference = address.ToString();
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        worksheet.Append(data);
        if (sheet.Merges.Count > 0)
        {
            worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m })));
        }

        return worksheet;
    }

    private static Cell Cell(CellSpec spec, List<SharedStringItem> strings, StyleTable styles) => spec switch
    {
        SharedText text => Shared(strings, new SharedStringItem(new Text(text.Text) { Space = SpaceProcessingModeValues.Preserve })),
        RichText rich => Shared(strings, RichItem(rich)),
        InlineText text => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text.Text)) },
        NumberCell number => new Cell
        {
            CellValue = new CellValue(number.Value.ToString("R", CultureInfo.InvariantCulture)),
            StyleIndex = styles.IndexOf(number),
        },
        FormulaCell formula => new Cell
        {
            DataType = formula.TextResult ? CellValues.String : null,
            CellFormula = new CellFormula(formula.Formula),
            CellValue = formula.Cached is null ? null : new CellValue(formula.Cached),
        },
        ErrorCell error => new Cell { DataType = CellValues.Error, CellFormula = new CellFormula("VLOOKUP(A1,Z:Z,2,FALSE)"), CellValue = new CellValue(error.Code) },
        BoolCell flag => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(flag.Value ? "1" : "0") },
        IsoDateCell date => new Cell { DataType = CellValues.Date, CellValue = new CellValue(date.Text) },
        _ => throw new ArgumentException($"no writer for {spec.GetType().Name}"),
    };

    private static Cell Shared(List<SharedStringItem> strings, SharedStringItem item)
    {
        strings.Add(item);
        return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue((strings.Count - 1).ToString(CultureInfo.InvariantCulture)) };
    }

    private static SharedStringItem RichItem(RichText rich)
    {
        var item = new SharedStringItem(rich.Runs.Select(run =>
            new Run(new RunProperties(new Bold()), new Text(run) { Space = SpaceProcessingModeValues.Preserve })));
        if (rich.Phonetic is not null)
        {
            item.Append(new PhoneticRun(new Text(rich.Phonetic)) { BaseTextStartIndex = 0, EndingBaseIndex = 1 });
        }

        return item;
    }

    /// <summary>Cell styles (`cellXfs`) for the number formats cells ask for; custom codes get IDs from 164, as Excel gives them.</summary>
    private sealed class StyleTable
    {
        private readonly List<uint> _styleFormats = [0];
        private readonly Dictionary<string, uint> _customFormats = [];

        public UInt32Value? IndexOf(NumberCell number)
        {
            if (number.FormatCode is null && number.BuiltInFormat is null)
            {
                return null;
            }

            uint formatId;
            if (number.FormatCode is { } code)
            {
                if (!_customFormats.TryGetValue(code, out formatId))
                {
                    formatId = (uint)(164 + _customFormats.Count);
                    _customFormats[code] = formatId;
                }
            }
            else
            {
                formatId = (uint)number.BuiltInFormat!.Value;
            }

            var index = _styleFormats.IndexOf(formatId);
            if (index < 0)
            {
                _styleFormats.Add(formatId);
                index = _styleFormats.Count - 1;
            }

            return (uint)index;
        }

        public Stylesheet Stylesheet()
        {
            var stylesheet = new Stylesheet();
            if (_customFormats.Count > 0)
            {
                stylesheet.Append(new NumberingFormats(_customFormats.Select(f => new NumberingFormat { NumberFormatId = f.Value, FormatCode = f.Key })));
            }

            stylesheet.Append(
                new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" })),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())),
                new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }),
                new CellFormats(_styleFormats.Select(id => new CellFormat
                {
                    NumberFormatId = id,
                    FontId = 0,
                    FillId = 0,
                    BorderId = 0,
                    FormatId = 0,
                    ApplyNumberFormat = id != 0 ? true : null,
                })));
            return stylesheet;
        }
    }
}
