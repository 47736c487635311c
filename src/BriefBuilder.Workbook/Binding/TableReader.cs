using BriefBuilder.Diagnostics;
using BriefBuilder.Workbooks.Cells;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Finds a table sheet's header row (its first non-empty row), matches each header to a schema column, and
/// reports what the reader does deliberately: unknown, duplicate and missing columns, values under no header,
/// and hidden or merged cells, which are read like any others.</summary>
internal static class TableReader
{
    public static SheetTable? Read(SheetContent content, SheetDefinition definition, BindingContext context)
    {
        var header = content.Rows.FirstOrDefault(r => !r.IsEmpty);
        if (header is null)
        {
            if (definition.Required)
            {
                context.Diagnostics.Report(context.At(content.Name), WorkbookCodes.EmptySheet, $"the {definition.Name} sheet is empty: it needs a header row with the columns {string.Join(", ", RequiredNames(definition))}");
            }

            return null;
        }

        var columns = MatchHeaders(content, definition, header, context);
        foreach (var missing in definition.Columns.Where(c => c.Required && !columns.ContainsKey(c)))
        {
            context.Diagnostics.Report(
                context.At(content.Name, new CellAddress(header.Number, header.Cells.First().Address.Column)),
                WorkbookCodes.MissingColumn,
                $"the {definition.Name} sheet has no '{missing.Name}' column in its header row");
        }

        var table = new SheetTable(content, definition, header.Number, columns);
        ReportValuesWithoutHeader(content, header, context);
        CellWarnings.Report(content, header.Number, header, context);
        return table;
    }

    private static IEnumerable<string> RequiredNames(SheetDefinition definition) =>
        definition.Columns.Where(c => c.Required).Select(c => c.Name);

    private static Dictionary<ColumnDefinition, int> MatchHeaders(SheetContent content, SheetDefinition definition, SheetRow header, BindingContext context)
    {
        var columns = new Dictionary<ColumnDefinition, int>();
        foreach (var cell in header.Cells)
        {
            var text = DisplayText.Of(cell, context.Date1904).Trim();
            var column = definition.FindColumn(text);
            if (column is null)
            {
                var hint = definition.Resembling(text) is { } near ? $" (did you mean '{near.Name}'?)" : string.Empty;
                context.Diagnostics.Report(context.At(content.Name, cell.Address), WorkbookCodes.UnknownColumn, $"the {definition.Name} sheet has no column '{text}'{hint}: its values are ignored");
            }
            else if (columns.TryGetValue(column, out var first))
            {
                context.Diagnostics.Report(context.At(content.Name, cell.Address), WorkbookCodes.DuplicateColumn, $"a second '{column.Name}' column{(SchemaName.Same(text, column.Name) ? string.Empty : $" ('{text}')")}: only the first, in column {CellAddress.ColumnLetters(first)}, is read");
            }
            else
            {
                columns[column] = cell.Address.Column;
            }
        }

        return columns;
    }

    private static void ReportValuesWithoutHeader(SheetContent content, SheetRow header, BindingContext context)
    {
        var headed = header.Cells.Select(c => c.Address.Column).ToHashSet();
        var reported = new HashSet<int>();
        foreach (var cell in content.Rows.Where(r => r.Number > header.Number).SelectMany(r => r.Cells))
        {
            if (!headed.Contains(cell.Address.Column) && reported.Add(cell.Address.Column))
            {
                context.Diagnostics.Report(context.At(content.Name, cell.Address), WorkbookCodes.UnknownColumn, $"column {CellAddress.ColumnLetters(cell.Address.Column)} has values but no header: they are ignored");
            }
        }
    }
}
