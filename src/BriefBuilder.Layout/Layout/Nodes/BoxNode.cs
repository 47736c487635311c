using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>A fill behind content and rules on its sides, across the full width offered; both are decoration (artifacts).
/// Border thickness is inside the box: content is inset by it.</summary>
internal sealed class BoxNode(LayoutNode content, Color? background, Border? border) : LayoutNode
{
    private readonly Edges _inset = border?.Thickness ?? Edges.None;

    public override bool KeepsWithNext => content.KeepsWithNext;

    public override SpacePlan Measure(Space space)
    {
        var plan = content.Measure(Inner(space));
        var height = plan.Height + _inset.Top + _inset.Bottom;
        return plan.Kind switch
        {
            PlanKind.FullRender => SpacePlan.Full(space.Width, height),
            PlanKind.PartialRender => SpacePlan.Partial(space.Width, height),
            _ => plan,
        };
    }

    public override void Draw(PageCanvas canvas, double x, double y, Space space)
    {
        var plan = Measure(space);
        if (!plan.Draws || canvas.Dry)
        {
            content.Draw(canvas, x + _inset.Left, y + _inset.Top, Inner(space));
            return;
        }

        if (background is { } fill)
        {
            canvas.Add(new RectOp(null, x, y, space.Width, plan.Height, fill, null));
        }

        content.Draw(canvas, x + _inset.Left, y + _inset.Top, Inner(space));
        if (border is not null)
        {
            BorderLines.Draw(canvas, border, x, y, space.Width, plan.Height);
        }
    }

    public override void Restart() => content.Restart();

    public override (double Min, double Max) IntrinsicWidth()
    {
        var (min, max) = content.IntrinsicWidth();
        var extra = _inset.Left + _inset.Right;
        return (min + extra, max + extra);
    }

    private Space Inner(Space space) => space.Shrink(_inset.Left + _inset.Right, _inset.Top + _inset.Bottom);
}
