namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>Ends the page: answers PartialRender with no height once, then Empty. At the top of a page it does nothing,
/// so a break that falls where a page would end anyway leaves no blank page.</summary>
internal sealed class PageBreakNode : LayoutNode
{
    private bool _done;

    public override SpacePlan Measure(Space space) =>
        _done || space.AtPageTop ? SpacePlan.Empty : SpacePlan.Partial(0, 0);

    public override void Draw(PageCanvas canvas, double x, double y, Space space) => _done = true;

    public override void Restart() => _done = false;
}
