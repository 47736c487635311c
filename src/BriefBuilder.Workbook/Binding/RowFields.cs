using System.Globalization;
using BriefBuilder.Dates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Records;
using BriefBuilder.Workbooks.Cells;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Typed reading of one table row's fields, each problem reported at its cell. A field whose column the
/// sheet lacks reads as empty without a report (the missing column was reported once).</summary>
internal sealed class RowFields(SheetTable table, SheetRow row, BindingContext context)
{
    public RecordOrigin Origin { get; } = new(table.Name, row.Number);

    /// <summary>The trimmed text shown in the cell, or null when it is empty (an error if the column is required).</summary>
    public string? Text(ColumnDefinition column)
    {
        if (Cell(column) is not { } cell)
        {
            return null;
        }

        var text = CellText.Read(cell, table.Name, context);
        if (text is null && cell.Kind is not (CellKind.Error or CellKind.UncalculatedFormula or CellKind.TooLong))
        {
            ReportIfRequired(column, cell);
        }

        return text;
    }

    /// <summary>The `;`-separated items of a list cell, trimmed, empty items dropped; each distinct item one string.</summary>
    public IReadOnlyList<string> List(ColumnDefinition column) => [.. Items(column).Select(context.Texts.Of)];

    /// <summary>A yes-or-no cell: yes, y, true, x or 1 is yes; no, n, false, 0 or an empty cell is no.</summary>
    public bool Flag(ColumnDefinition column)
    {
        var text = Text(column);
        if (text is null)
        {
            return false;
        }

        switch (text.Trim().ToLowerInvariant())
        {
            case "yes" or "y" or "true" or "x" or "1" or "✓":
                return true;
            case "no" or "n" or "false" or "0" or "-":
                return false;
            default:
                context.Diagnostics.Report(Location(column), WorkbookCodes.BadFlag, $"{column.Name}: '{text}' is neither yes nor no");
                return false;
        }
    }

    /// <summary>A citations cell: source IDs separated by `;`, each perhaps followed by its locator (`S1 p. 4; S2`),
    /// the ID read as the longest leading run of words that names a known source.</summary>
    public IReadOnlyList<Citation> Citations(ColumnDefinition column, IReadOnlySet<string> sourceIds) =>
        [.. Items(column).Select(item => CitationText.Read(item, sourceIds, context.Texts))];

    private string[] Items(ColumnDefinition column) =>
        Text(column)?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    public DateValue? Date(ColumnDefinition column)
    {
        if (Cell(column) is not { } cell || !CellText.IsReadable(cell, table.Name, context))
        {
            return null;
        }

        if (cell.IsEmpty)
        {
            ReportIfRequired(column, cell);
            return null;
        }

        var (date, problem) = DateCells.Read(cell, context.Date1904);
        if (problem is not null)
        {
            context.Diagnostics.Report(At(cell), WorkbookCodes.BadDate, $"{column.Name}: {problem}");
        }

        return date;
    }

    /// <summary>A word from a fixed list; <paramref name="whenEmpty"/> for an empty cell, <paramref name="whenWrong"/>
    /// (the error reported) for any other word.</summary>
    public T Choice<T>(ColumnDefinition column, Vocabulary<T> vocabulary, T whenEmpty, T whenWrong)
        where T : struct, Enum
    {
        var text = Text(column);
        if (text is null)
        {
            return whenEmpty;
        }

        if (vocabulary.Read(text) is { } value)
        {
            return value;
        }

        context.Diagnostics.Report(Location(column), WorkbookCodes.BadChoice, $"{column.Name}: '{text}' is not one of {string.Join(", ", vocabulary.Words)}");
        return whenWrong;
    }

    public int? Integer(ColumnDefinition column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        context.Diagnostics.Report(Location(column), WorkbookCodes.BadNumber, $"{column.Name}: '{text}' is not a whole number");
        return null;
    }

    /// <summary>A colour as `#RRGGBB` in capitals; `#rgb` and a missing `#` are accepted.</summary>
    public string? Color(ColumnDefinition column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        var hex = text.TrimStart('#');
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => $"{c}{c}"));
        }

        if (hex.Length == 6 && hex.All(char.IsAsciiHexDigit))
        {
            return "#" + hex.ToUpperInvariant();
        }

        context.Diagnostics.Report(Location(column), WorkbookCodes.BadColor, $"{column.Name}: '{text}' is not a colour: write it as #RRGGBB, such as #1F77B4");
        return null;
    }

    /// <summary>Reports a problem at a column's cell in this row.</summary>
    public void Report(ColumnDefinition column, DiagnosticCode code, string message) =>
        context.Diagnostics.Report(Location(column), code, message);

    /// <summary>Reports a missing value that the schema's column does not mark required but the record needs.</summary>
    public void Missing(ColumnDefinition column, string message) =>
        context.Diagnostics.Report(Location(column), WorkbookCodes.MissingValue, message);

    /// <summary>The cell of a column in this row; the row's first cell when the sheet lacks the column.</summary>
    public SourceLocation Location(ColumnDefinition column) =>
        context.At(table.Name, new CellAddress(row.Number, table.ColumnOf(column) ?? row.Cells.First().Address.Column));

    private SheetCell? Cell(ColumnDefinition column) => table.ColumnOf(column) is { } index ? row[index] : null;

    private void ReportIfRequired(ColumnDefinition column, SheetCell cell)
    {
        if (column.Required)
        {
            context.Diagnostics.Report(At(cell), WorkbookCodes.MissingValue, $"{column.Name} is empty: every row of {table.Definition.Name} needs one");
        }
    }

    private SourceLocation At(SheetCell cell) => context.At(table.Name, cell.Address);
}
