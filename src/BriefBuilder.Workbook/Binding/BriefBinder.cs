using BriefBuilder.Diagnostics;
using BriefBuilder.Records;
using BriefBuilder.Workbooks.Cells;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Binds the Brief sheet: a field name in the first used column, its value in the next, one per row.
/// A first row reading `Field | Value` (or `Key | Value`) is a header and skipped.</summary>
internal static class BriefBinder
{
    private static readonly string[] KeyHeaders = ["Field", "Key", "Setting"];

    // The fields whose example, left in, would be printed as the curator's own words on every brief.
    private static readonly string[] StarterFields = [nameof(BriefInfo.Disclaimer), nameof(BriefInfo.Contact)];

    public static BriefInfo Bind(SheetContent content, BindingContext context)
    {
        var rows = content.Rows.Where(r => !r.IsEmpty).ToList();
        if (rows.Count == 0)
        {
            return new BriefInfo();
        }

        var keyColumn = rows[0].Cells.First().Address.Column;
        CellWarnings.Report(content, rows[0].Number, rows[0], context);
        if (IsHeader(rows[0], keyColumn, context))
        {
            rows.RemoveAt(0);
        }

        var values = new Dictionary<ColumnDefinition, string?>();
        var firstRows = new Dictionary<ColumnDefinition, int>();
        foreach (var row in rows)
        {
            var keyCell = row[keyColumn];
            var key = CellText.Read(keyCell, content.Name, context);
            var value = CellText.Read(row[keyColumn + 1], content.Name, context);
            ReportExtraCells(row, keyColumn, content.Name, context);
            if (key is null)
            {
                if (value is not null)
                {
                    context.Diagnostics.Report(context.At(content.Name, row[keyColumn + 1].Address), WorkbookCodes.UnknownColumn, "a value with no field name beside it: ignored");
                }

                continue;
            }

            var field = BriefSheet.Definition.FindColumn(key);
            if (field is null)
            {
                var hint = BriefSheet.Definition.Resembling(key) is { } near ? $" (did you mean '{near.Name}'?)" : string.Empty;
                context.Diagnostics.Report(context.At(content.Name, keyCell.Address), WorkbookCodes.UnknownColumn, $"'{key}' is not a Brief field{hint}: ignored");
            }
            else if (firstRows.TryGetValue(field, out var first))
            {
                context.Diagnostics.Report(context.At(content.Name, keyCell.Address), WorkbookCodes.DuplicateColumn, $"{field.Name} is given twice: only row {first} is read");
            }
            else
            {
                firstRows[field] = row.Number;
                values[field] = value;
                if (StarterFields.Contains(field.Field) && value is not null && field.Examples.Contains(value, StringComparer.Ordinal))
                {
                    context.Diagnostics.Report(context.At(content.Name, row[keyColumn + 1].Address), WorkbookCodes.StarterExample,
                        $"{field.Name} is still the starter workbook's example, '{value}': write your own, or clear it");
                }
            }
        }

        string? Value(string field) => values.FirstOrDefault(v => v.Key.Field == field).Value;
        return new BriefInfo(
            Value(nameof(BriefInfo.Title)),
            Value(nameof(BriefInfo.Subtitle)),
            Value(nameof(BriefInfo.Organization)),
            Value(nameof(BriefInfo.Author)),
            Value(nameof(BriefInfo.Contact)),
            Value(nameof(BriefInfo.Summary)),
            Value(nameof(BriefInfo.Disclaimer)),
            Value(nameof(BriefInfo.Language)),
            Value(nameof(BriefInfo.CodingNote)));
    }

    private static bool IsHeader(SheetRow row, int keyColumn, BindingContext context)
    {
        var key = DisplayText.Of(row[keyColumn], context.Date1904);
        var value = DisplayText.Of(row[keyColumn + 1], context.Date1904);
        return KeyHeaders.Any(h => SchemaName.Same(h, key)) && SchemaName.Same("Value", value);
    }

    private static void ReportExtraCells(SheetRow row, int keyColumn, string sheet, BindingContext context)
    {
        foreach (var cell in row.Cells.Where(c => c.Address.Column < keyColumn || c.Address.Column > keyColumn + 1))
        {
            context.Diagnostics.Report(context.At(sheet, cell.Address), WorkbookCodes.UnknownColumn, "the Brief sheet has a field name and one value per row: this cell is ignored");
        }
    }
}
