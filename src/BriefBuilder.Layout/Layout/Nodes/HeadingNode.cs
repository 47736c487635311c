namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>A heading: a paragraph that never splits, always travels with the start of what follows, and records
/// where it landed for the outline, the table of contents and the running header.</summary>
internal sealed class HeadingNode(ParagraphNode text, HeadingEntry entry, LayoutContext context) : LayoutNode
{
    private bool _placed;

    public override bool KeepsWithNext => true;

    public override SpacePlan Measure(Space space) => text.Measure(space);

    public override void Draw(PageCanvas canvas, double x, double y, Space space)
    {
        if (!_placed && canvas.RecordsPlaces && text.Measure(space).Draws)
        {
            context.PlaceHeading(entry.Index, canvas.Number, y);
            _placed = true;
        }

        text.Draw(canvas, x, y, space);
    }

    public override void Restart()
    {
        _placed = false;
        text.Restart();
    }

    public override (double Min, double Max) IntrinsicWidth() => text.IntrinsicWidth();
}
