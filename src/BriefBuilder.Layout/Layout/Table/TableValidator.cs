using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Table;

/// <summary>Checks a table's shape before layout: it has columns, and no row asks for more columns than the table has
/// (counting places taken by row spans from above). A malformed table is a bug in the code that built it.</summary>
internal static class TableValidator
{
    public static void Validate(Elements.Table table)
    {
        if (table.Columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(table));
        }

        Check(table.HeaderRows, table.Columns.Count, "header row");
        Check(table.Rows, table.Columns.Count, "row");
    }

    private static void Check(IReadOnlyList<TableRow> rows, int columns, string what)
    {
        var spanLeft = new int[columns];
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (column < columns && spanLeft[column] > 0)
                {
                    column++;
                }

                var span = Math.Max(1, cell.ColumnSpan);
                if (column + span > columns)
                {
                    throw new ArgumentException($"Table {what} {r + 1} needs more than the table's {columns} columns (counting row spans from above).");
                }

                for (var dc = 0; dc < span; dc++)
                {
                    spanLeft[column + dc] = Math.Max(1, cell.RowSpan);
                }

                column += span;
            }

            for (var c = 0; c < columns; c++)
            {
                spanLeft[c] = Math.Max(0, spanLeft[c] - 1);
            }
        }
    }
}
