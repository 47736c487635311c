using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>Space around content; every page part of split content keeps the padding on all sides.</summary>
internal sealed class PaddingNode(LayoutNode content, Edges edges) : LayoutNode
{
    public override bool KeepsWithNext => content.KeepsWithNext;

    public override SpacePlan Measure(Space space)
    {
        var plan = content.Measure(Inner(space));
        return plan.Kind switch
        {
            PlanKind.FullRender => SpacePlan.Full(plan.Width + edges.Left + edges.Right, plan.Height + edges.Top + edges.Bottom),
            PlanKind.PartialRender => SpacePlan.Partial(plan.Width + edges.Left + edges.Right, plan.Height + edges.Top + edges.Bottom),
            _ => plan,
        };
    }

    public override void Draw(PageCanvas canvas, double x, double y, Space space) =>
        content.Draw(canvas, x + edges.Left, y + edges.Top, Inner(space));

    public override void Restart() => content.Restart();

    public override (double Min, double Max) IntrinsicWidth()
    {
        var (min, max) = content.IntrinsicWidth();
        return (min + edges.Left + edges.Right, max + edges.Left + edges.Right);
    }

    private Space Inner(Space space) => space.Shrink(edges.Left + edges.Right, edges.Top + edges.Bottom);
}
