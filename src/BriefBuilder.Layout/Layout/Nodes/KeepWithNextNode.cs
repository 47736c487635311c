namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>Marks content that must share a page with the start of what follows it; the enclosing column enforces it.</summary>
internal sealed class KeepWithNextNode(LayoutNode content) : LayoutNode
{
    public override bool KeepsWithNext => true;

    public override SpacePlan Measure(Space space) => content.Measure(space);

    public override void Draw(PageCanvas canvas, double x, double y, Space space) => content.Draw(canvas, x, y, space);

    public override void Restart() => content.Restart();

    public override (double Min, double Max) IntrinsicWidth() => content.IntrinsicWidth();
}
