using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Table;

/// <summary>One table row ready for layout: its index, its TR structure node (null when repeated as an artifact),
/// the cells that start in it, and its fill.</summary>
internal sealed record TableRowCells(int Index, StructNode? Structure, List<TableCellNode> Cells, Color? Background)
{
    public string FirstWords => string.Join(" | ", Cells.Select(c => c.FirstWords));

    /// <summary>Layout rows for a table's rows, each cell tagged TH (header rows, or a cell with a scope) or TD under its
    /// row's TR, with the cell's padding or the table's.</summary>
    public static List<TableRowCells> Make(IReadOnlyList<TableRow> rows, List<List<PlacedCell>> placed, StructNode? table, bool header,
        NodeFactory factory, Edges padding)
    {
        var made = new List<TableRowCells>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var tr = StructNode.Under(table, "TR");
            var cells = new List<TableCellNode>(placed[r].Count);
            foreach (var place in placed[r])
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

            made.Add(new TableRowCells(r, tr, cells, rows[r].Background));
        }

        return made;
    }
}
