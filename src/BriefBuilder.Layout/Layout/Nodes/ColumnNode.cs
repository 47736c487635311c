namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>Children stacked top to bottom with a gap. A child that keeps with the next one is moved to the next page
/// when nothing of its follower would fit beside it on this page. When the column runs over a page, the page it ends on
/// holds at least keepLast whole children: children move over from the page before to make them up. The children are
/// made as the layout reaches them and let go once drawn (a <see cref="NodeWindow{T}"/>).</summary>
/// <param name="make">Makes child i, new and at its start, each time it is called.</param>
internal sealed class ColumnNode(int count, Func<int, LayoutNode> make, double spacing, int keepLast = 1) : LayoutNode
{
    private readonly NodeWindow<LayoutNode> children = new(count, make);
    private int _next;
    private bool? _keepsWithNext;

    // The paginator measures a page and then draws it with the same space, and each parent does the same with its
    // children: the plan from Measure is kept for the Draw that follows. Drawing moves _next, which ends its use.
    private (Space Space, (SpacePlan Plan, List<Placement> Placements) Result)? _laid;

    public override bool KeepsWithNext => _keepsWithNext ??= children.Count > 0 && children.Alone(children.Count - 1).KeepsWithNext;

    public override SpacePlan Measure(Space space) => LayOnce(space).Plan;

    public override void Draw(PageCanvas canvas, double x, double y, Space space)
    {
        var (_, placements) = LayOnce(space);
        _laid = null;
        foreach (var placement in placements)
        {
            placement.Child.Draw(canvas, x, y + placement.Top, placement.Room);
            if (placement.Plan.Kind == PlanKind.PartialRender)
            {
                break;
            }

            _next = placement.Index + 1;
        }

        children.LetGoBefore(_next);
    }

    public override void Restart()
    {
        _next = 0;
        _laid = null;
        children.Restart();
    }

    public override (double Min, double Max) IntrinsicWidth()
    {
        // The children asked are kept: the column lays them out next.
        var widths = Enumerable.Range(0, children.Count).Select(i => children[i].IntrinsicWidth()).ToList();
        return widths.Count == 0 ? (0, 0) : (widths.Max(w => w.Min), widths.Max(w => w.Max));
    }

    private (SpacePlan Plan, List<Placement> Placements) LayOnce(Space space)
    {
        if (_laid is not { } laid || laid.Space != space)
        {
            laid = (space, Lay(space));
            _laid = laid;
        }

        return laid.Result;
    }

    private (SpacePlan Plan, List<Placement> Placements) Lay(Space space)
    {
        var placements = new List<Placement>();
        var height = 0.0;
        var width = 0.0;
        var drawn = false;

        // Once a chain of keep-with-next children is known to be followed on this page, its later members are too:
        // checked again one by one, a chain of 20,000 anchors took 20 s.
        var followedUntil = -1;
        for (var i = _next; i < children.Count; i++)
        {
            var child = children[i];
            var gap = drawn ? spacing : 0;
            var room = new Space(space.Width, Math.Max(0, space.Height - height - gap), space.AtPageTop && !drawn);
            var plan = child.Measure(room);
            switch (plan.Kind)
            {
                case PlanKind.Empty:
                    placements.Add(new Placement(i, child, plan, height, room));
                    continue;
                case PlanKind.Wrap:
                    return drawn ? CutBefore(i, placements, space) : (SpacePlan.Wrap(plan.Reason ?? "A child does not fit."), placements);
                case PlanKind.PartialRender:
                    placements.Add(new Placement(i, child, plan, height + gap, room));
                    return (SpacePlan.Partial(Math.Max(width, plan.Width), height + gap + plan.Height), placements);
            }

            var bottom = height + gap + plan.Height;
            if (child.KeepsWithNext && !room.AtPageTop && i >= followedUntil)
            {
                followedUntil = FollowerStarts(i, space.Width, space.Height - bottom);
                if (followedUntil < 0)
                {
                    return drawn ? CutBefore(i, placements, space) : (SpacePlan.Wrap("Kept with the next element, which does not fit on this page."), placements);
                }
            }

            placements.Add(new Placement(i, child, plan, height + gap, room));
            height = bottom;
            width = Math.Max(width, plan.Width);
            drawn = true;
        }

        return (drawn ? SpacePlan.Full(width, height) : SpacePlan.Empty, placements);
    }

    // The page ends before children[next]. When fewer than keepLast children would be left for the next page, the cut
    // moves up so that they are keepLast; when that leaves nothing here, the whole column moves (not at a page's top,
    // where it must make progress and keeps its first cut).
    private (SpacePlan Plan, List<Placement> Placements) CutBefore(int next, List<Placement> placements, Space space)
    {
        var left = children.Count - next;
        if (left < keepLast)
        {
            var kept = placements.Where(p => p.Index < children.Count - keepLast).ToList();
            if (kept.Any(p => p.Plan.Draws))
            {
                placements = kept;
            }
            else if (!space.AtPageTop)
            {
                return (SpacePlan.Wrap($"Keeps its last {keepLast} parts together on the page it ends on."), []);
            }
        }

        var drawing = placements.Where(p => p.Plan.Draws).ToList();
        return (SpacePlan.Partial(drawing.Max(p => p.Plan.Width), drawing.Max(p => p.Top + p.Plan.Height)), placements);
    }

    // The index of the follower that starts in the room left after `index` (past any chain of keep-with-next elements;
    // the count of children when none follows), or -1 when nothing of it fits.
    private int FollowerStarts(int index, double width, double room)
    {
        for (var j = index + 1; j < children.Count; j++)
        {
            var plan = children[j].Measure(new Space(width, Math.Max(0, room - spacing), false));
            switch (plan.Kind)
            {
                case PlanKind.Empty:
                    continue;
                case PlanKind.Wrap:
                    return -1;
                case PlanKind.FullRender when children[j].KeepsWithNext:
                    room -= spacing + plan.Height;
                    continue;
                default:
                    return j;
            }
        }

        return children.Count;
    }

    private readonly record struct Placement(int Index, LayoutNode Child, SpacePlan Plan, double Top, Space Room);
}
