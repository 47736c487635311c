using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>Makes the area its content covers on each page a link, tagged Link around the content.</summary>
internal sealed class LinkNode(LayoutNode content, LinkTarget target, StructNode? structure, string description) : LayoutNode
{
    public override bool KeepsWithNext => content.KeepsWithNext;

    public override SpacePlan Measure(Space space) => content.Measure(space);

    public override void Draw(PageCanvas canvas, double x, double y, Space space)
    {
        var plan = content.Measure(space);
        if (!canvas.Dry && plan is { Draws: true, Height: > 0 })
        {
            canvas.Add(new LinkOp(structure, x, y, plan.Width > 0 ? plan.Width : space.Width, plan.Height, target, description));
        }

        content.Draw(canvas, x, y, space);
        if (plan.Kind == PlanKind.FullRender)
        {
            canvas.Complete(structure);
        }
    }

    public override void Restart() => content.Restart();

    public override (double Min, double Max) IntrinsicWidth() => content.IntrinsicWidth();
}
