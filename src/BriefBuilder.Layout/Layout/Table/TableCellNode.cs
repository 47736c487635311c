using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout.Nodes;

namespace BriefBuilder.Layout.Layout.Table;

/// <summary>A cell's content with its padding, at its place in the grid. The table sets the cell's rectangle (row height
/// and spanned columns); the cell paints its own fill and borders there and its content inside the padding.</summary>
internal sealed class TableCellNode(PlacedCell place, LayoutNode content, Edges padding, StructNode? structure)
{
    public PlacedCell Place { get; } = place;

    /// <summary>The content's opening words for the layout report, found when first asked in a pass (a dry pass never
    /// asks); a paragraph's are those it was shaped with, page references' those of the pages this pass prints.</summary>
    public string FirstWords => _firstWords ??= content switch
    {
        ParagraphNode paragraph => paragraph.FirstWords,
        PageReferencesNode references => references.FirstWords,
        _ => ElementText.FirstWords(Place.Cell.Content),
    };

    private string? _firstWords;

    public void Restart()
    {
        _firstWords = null;
        content.Restart();
    }

    public SpacePlan Measure(double width, double height, bool atPageTop)
    {
        var plan = content.Measure(Inner(width, height, atPageTop));
        var extra = padding.Top + padding.Bottom;
        return plan.Kind switch
        {
            PlanKind.FullRender => SpacePlan.Full(width, plan.Height + extra),
            PlanKind.PartialRender => SpacePlan.Partial(width, plan.Height + extra),
            _ => plan,
        };
    }

    public (double Min, double Max) IntrinsicWidth()
    {
        var (min, max) = content.IntrinsicWidth();
        return (min + padding.Left + padding.Right, max + padding.Left + padding.Right);
    }

    public void PaintBackground(PageCanvas canvas, double x, double y, double width, double height, Color? rowFill)
    {
        if ((Place.Cell.Background ?? rowFill) is { } fill && !canvas.Dry)
        {
            canvas.Add(new RectOp(null, x, y, width, height, fill, null));
        }
    }

    public void Draw(PageCanvas canvas, double x, double y, double width, double height, bool atPageTop)
    {
        // The TD or TH is in the structure even when the cell is empty: a reader counts columns by cells.
        if (structure is not null)
        {
            canvas.Add(new ElementOp(structure));
        }

        content.Draw(canvas, x + padding.Left, y + padding.Top, Inner(width, height, atPageTop));
        if (Place.Cell.Border is { } border)
        {
            BorderLines.Draw(canvas, border, x, y, width, height);
        }
    }

    private Space Inner(double width, double height, bool atPageTop) =>
        new Space(width, height, atPageTop).Shrink(padding.Left + padding.Right, padding.Top + padding.Bottom);
}
