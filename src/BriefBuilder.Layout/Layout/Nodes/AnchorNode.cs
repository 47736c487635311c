namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>A named place: recorded (page and position) where its content, or the point it stands at, is first drawn.</summary>
internal sealed class AnchorNode(string name, LayoutNode? content, LayoutContext context) : LayoutNode
{
    private bool _placed;

    public override bool KeepsWithNext => content?.KeepsWithNext ?? true;

    public override SpacePlan Measure(Space space) =>
        content?.Measure(space) ?? (_placed ? SpacePlan.Empty : SpacePlan.Full(0, 0));

    public override void Draw(PageCanvas canvas, double x, double y, Space space)
    {
        if (!_placed && canvas.RecordsPlaces)
        {
            var plan = Measure(space);
            if (plan.Draws)
            {
                context.PlaceAnchor(name, canvas.Number, x, y);
                _placed = true;
            }
        }
        else if (!canvas.RecordsPlaces)
        {
            _placed = true;
        }

        content?.Draw(canvas, x, y, space);
    }

    public override void Restart()
    {
        _placed = false;
        content?.Restart();
    }

    public override (double Min, double Max) IntrinsicWidth() => content?.IntrinsicWidth() ?? (0, 0);
}
