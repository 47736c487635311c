using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Table;

/// <summary>One table row ready for layout: its index, its TR structure node (null when repeated as an artifact),
/// the cells that start in it, and its fill.</summary>
internal sealed record TableRowCells(int Index, StructNode? Structure, List<TableCellNode> Cells, Color? Background)
{
    public string FirstWords => string.Join(" | ", Cells.Select(c => c.FirstWords));
}
