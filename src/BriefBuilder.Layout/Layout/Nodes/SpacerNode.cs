namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>Blank vertical space. It never carries over to the next page: at a page's foot it takes what is left.</summary>
internal sealed class SpacerNode(double height) : LayoutNode
{
    private bool _done;

    public override SpacePlan Measure(Space space) =>
        _done || height <= 0 ? SpacePlan.Empty : SpacePlan.Full(0, Math.Min(height, space.Height));

    public override void Draw(PageCanvas canvas, double x, double y, Space space) => _done = true;

    public override void Restart() => _done = false;
}
