namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>One list item: its marker (tagged Lbl) in the indent, its body (LBody) beside it. The marker is drawn with
/// the item's first part only; a long item continues on the next page under the same indent. Once both are drawn whole,
/// the item's structure (LI) is complete.</summary>
internal sealed class ListItemNode(LayoutNode marker, LayoutNode body, double indent, StructNode? item) : LayoutNode
{
    private bool _started;
    private bool _markerWhole;

    public override bool KeepsWithNext => body.KeepsWithNext;

    public override SpacePlan Measure(Space space)
    {
        var bodyPlan = body.Measure(BodySpace(space));
        if (!bodyPlan.Draws)
        {
            return bodyPlan;
        }

        var height = bodyPlan.Height;
        if (!_started)
        {
            var markerPlan = marker.Measure(space with { Width = indent });
            if (markerPlan.Kind == PlanKind.FullRender)
            {
                height = Math.Max(height, markerPlan.Height);
            }
        }

        return bodyPlan with { Width = space.Width, Height = Math.Min(height, Math.Max(space.Height, bodyPlan.Height)) };
    }

    public override void Draw(PageCanvas canvas, double x, double y, Space space)
    {
        var bodyPlan = body.Measure(BodySpace(space));
        if (!_started && bodyPlan.Draws)
        {
            var markerSpace = space with { Width = indent };
            _markerWhole = marker.Measure(markerSpace).Kind == PlanKind.FullRender;
            marker.Draw(canvas, x, y, markerSpace);
            _started = true;
        }

        body.Draw(canvas, x + indent, y, BodySpace(space));
        if (_markerWhole && bodyPlan.Kind == PlanKind.FullRender)
        {
            canvas.Complete(item);
        }
    }

    public override void Restart()
    {
        _started = false;
        _markerWhole = false;
        marker.Restart();
        body.Restart();
    }

    public override (double Min, double Max) IntrinsicWidth()
    {
        var (min, max) = body.IntrinsicWidth();
        return (min + indent, max + indent);
    }

    private Space BodySpace(Space space) => space.Shrink(indent, 0);
}
