using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>Ends the page: answers PartialRender with no height once, then Empty. At the top of a page it does nothing,
/// so a break that falls where a page would end anyway leaves no blank page; a soft break (see <see cref="PageBreak"/>)
/// does nothing either where it would waste more of the page than it is worth.</summary>
internal sealed class PageBreakNode(PageBreak element, LayoutContext context) : LayoutNode
{
    private bool _done;

    public override SpacePlan Measure(Space space) =>
        _done || space.AtPageTop || Spared(space) ? SpacePlan.Empty : SpacePlan.Partial(0, 0);

    public override void Draw(PageCanvas canvas, double x, double y, Space space) => _done = true;

    public override void Restart() => _done = false;

    private bool Spared(Space space) =>
        (element.SparesFirstPage && context.Page == 1)
        || (element.UnlessRoomLeft is { } fraction && space.Height >= fraction * context.BodyHeight);
}
