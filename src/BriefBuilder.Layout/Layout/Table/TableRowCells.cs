using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Table;

/// <summary>One table row ready for layout: its index, its TR structure node (null when repeated as an artifact),
/// the cells that start in it, and its fill.</summary>
internal sealed record TableRowCells(int Index, StructNode? Structure, List<TableCellNode> Cells, Color? Background)
{
    public string FirstWords => string.Join(" | ", Cells.Select(c => c.FirstWords));

    /// <summary>Layout rows for every row of a grid (a header's).</summary>
    public static List<TableRowCells> MakeAll(TableGrid grid, StructNode? table, bool header, NodeFactory factory, Edges padding)
    {
        var made = new List<TableRowCells>(grid.RowCount);
        for (var r = 0; r < grid.RowCount; r++)
        {
            made.Add(Make(grid, r, r, table, header, factory, padding));
        }

        return made;
    }

    /// <summary>The layout row for a grid's row, each cell tagged TH (header rows, or a cell with a scope) or TD under
    /// the row's TR, with the cell's padding or the table's.</summary>
    public static TableRowCells Make(TableGrid grid, int row, int index, StructNode? table, bool header, NodeFactory factory, Edges padding)
    {
        var tr = StructNode.Under(table, "TR");
        var placed = grid.CellsOf(row);
        var cells = new List<TableCellNode>(placed.Length);
        foreach (var place in placed)
        {
            var scope = place.Cell.Scope != HeaderScope.None ? place.Cell.Scope : header ? HeaderScope.Column : HeaderScope.None;
            // A cell holding one paragraph carries its text itself (see NodeFactory.CellContent), so its language too.
            var language = place.Cell.Content switch
            {
                Paragraph paragraph => paragraph.Style?.Language,
                PageReferences references => references.ParagraphStyle?.Language,
                _ => null,
            };
            var cellStructure = StructNode.Under(tr, scope == HeaderScope.None ? "TD" : "TH", language: language, scope: scope, rowSpan: place.RowSpan, columnSpan: place.ColumnSpan);
            cells.Add(new TableCellNode(place, factory.CellContent(place.Cell.Content, cellStructure), place.Cell.Padding ?? padding, cellStructure));
        }

        return new TableRowCells(index, tr, cells, grid.Row(row).Background);
    }
}
