namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>Moves its content to the next page rather than splitting it; content taller than a whole page splits anyway.</summary>
internal sealed class KeepTogetherNode(LayoutNode content, LayoutContext context) : LayoutNode
{
    public override bool KeepsWithNext => content.KeepsWithNext;

    public override SpacePlan Measure(Space space)
    {
        var plan = content.Measure(space);
        if (plan.Kind is not (PlanKind.PartialRender or PlanKind.Wrap) || space.AtPageTop)
        {
            return plan;
        }

        var onFreshPage = content.Measure(new Space(space.Width, context.BodyHeight, true));
        return onFreshPage.Kind == PlanKind.FullRender
            ? SpacePlan.Wrap("Kept together: moved to the next page.")
            : plan;
    }

    public override void Draw(PageCanvas canvas, double x, double y, Space space) => content.Draw(canvas, x, y, space);

    public override void Restart() => content.Restart();

    public override (double Min, double Max) IntrinsicWidth() => content.IntrinsicWidth();
}
