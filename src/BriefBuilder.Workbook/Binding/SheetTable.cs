using BriefBuilder.Workbooks.Cells;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>A schema sheet laid out as a table: its header row, the column each schema column was found in, and the
/// rows below the header that hold anything.</summary>
internal sealed class SheetTable(SheetContent content, SheetDefinition definition, int headerRow, IReadOnlyDictionary<ColumnDefinition, int> columns)
{
    private readonly int[] _schemaColumns = [.. columns.Values];

    public string Name => content.Name;

    public SheetDefinition Definition { get; } = definition;

    public int HeaderRow { get; } = headerRow;

    /// <summary>The rows below the header with a value in at least one schema column.</summary>
    public IEnumerable<SheetRow> Records =>
        content.Rows.Where(r => r.Number > HeaderRow && HoldsAnything(r));

    /// <summary>The 1-based column a schema column was found in, or null when the sheet lacks it.</summary>
    public int? ColumnOf(ColumnDefinition column) => columns.TryGetValue(column, out var index) ? index : null;

    /// <summary>Each model field's column letter, for validation to point at cells; where two columns fill one field
    /// (Sources and the earlier Locator both fill a claim's citations), the first in the schema.</summary>
    public IReadOnlyDictionary<string, string> FieldColumns
    {
        get
        {
            var fields = new Dictionary<string, string>();
            foreach (var (column, index) in columns.OrderBy(c => Definition.Columns.ToList().IndexOf(c.Key)))
            {
                fields.TryAdd(column.Field, CellAddress.ColumnLetters(index));
            }

            return fields;
        }
    }

    private bool HoldsAnything(SheetRow row)
    {
        foreach (var column in _schemaColumns)
        {
            if (!row[column].IsEmpty)
            {
                return true;
            }
        }

        return false;
    }
}
