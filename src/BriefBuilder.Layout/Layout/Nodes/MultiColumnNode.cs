using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>Blocks flowing down columns (<see cref="MultiColumn"/>). When every block left fits on this page the columns
/// are balanced: the least column height that holds them is found by halving, with whole blocks. Otherwise the columns
/// are filled one after the other to the page's foot, and the rest goes on.</summary>
internal sealed class MultiColumnNode(IReadOnlyList<LayoutNode> blocks, IReadOnlyList<Element?> heads, MultiColumn element, NodeFactory factory)
    : LayoutNode
{
    private const double Unbounded = 1e7;
    private readonly Dictionary<(Element Head, double Width), double> _headHeights = [];
    private int _next;
    private bool _inBlock;
    private (Space Space, Plan Plan)? _planned;

    public override SpacePlan Measure(Space space) => PlanFor(space).Answer;

    public override void Draw(PageCanvas canvas, double x, double y, Space space)
    {
        var plan = PlanFor(space);
        _planned = null;
        if (plan.Answer.Kind is PlanKind.Empty or PlanKind.Wrap)
        {
            return;
        }

        var width = ColumnWidth(space.Width);
        for (var column = 0; column < element.Count && _next < blocks.Count; column++)
        {
            var left = x + (column * (width + element.Gap));
            var last = plan.Balanced is { } columns ? columns[column] : int.MaxValue;
            DrawColumn(canvas, left, y, new Space(width, space.Height, space.AtPageTop), last);
        }
    }

    public override void Restart()
    {
        _next = 0;
        _inBlock = false;
        _planned = null;
        foreach (var block in blocks)
        {
            block.Restart();
        }
    }

    public override (double Min, double Max) IntrinsicWidth()
    {
        var widths = blocks.Select(b => b.IntrinsicWidth()).DefaultIfEmpty((0, 0)).ToList();
        var gaps = element.Gap * (element.Count - 1);
        return ((widths.Max(w => w.Min) * element.Count) + gaps, (widths.Max(w => w.Max) * element.Count) + gaps);
    }

    private double ColumnWidth(double width) => Math.Max(0, (width - (element.Gap * (element.Count - 1))) / element.Count);

    // Draws blocks down one column until `end` (exclusive) or until the column is full; returns nothing, moves _next.
    private void DrawColumn(PageCanvas canvas, double x, double y, Space column, int end)
    {
        var top = 0.0;
        var first = true;
        while (_next < blocks.Count && _next < end)
        {
            var headHeight = 0.0;
            LayoutNode? head = null;
            if (first && (_next > 0 || _inBlock) && heads[_next] is { } headElement)
            {
                head = factory.Create(headElement, null);
                headHeight = head.Measure(new Space(column.Width, column.Height, false)).Height + element.Spacing;
            }

            var gap = first ? 0 : element.Spacing;
            var room = new Space(column.Width, Math.Max(0, column.Height - top - gap - headHeight), column.AtPageTop && first);
            var block = blocks[_next];
            var plan = block.Measure(room);
            if (plan.Kind == PlanKind.Empty)
            {
                _next++;
                _inBlock = false;
                continue;
            }

            var whole = plan.Kind == PlanKind.FullRender;
            if (!first && (!whole || (block.KeepsWithNext && !FollowerFits(column.Width, room.Height - plan.Height))))
            {
                return;
            }

            if (plan.Kind == PlanKind.Wrap)
            {
                return;
            }

            if (head is not null)
            {
                head.Draw(canvas, x, y + top, new Space(column.Width, headHeight, false));
                top += headHeight;
            }

            block.Draw(canvas, x, y + top + gap, room);
            top += gap + plan.Height;
            first = false;
            if (!whole)
            {
                _inBlock = true;
                return;
            }

            _next++;
            _inBlock = false;
        }
    }

    private bool FollowerFits(double width, double room) =>
        _next + 1 >= blocks.Count || blocks[_next + 1].Measure(new Space(width, Math.Max(0, room - element.Spacing), false)).Kind == PlanKind.FullRender;

    private Plan PlanFor(Space space)
    {
        if (_planned is { } planned && planned.Space == space)
        {
            return planned.Plan;
        }

        var plan = MakePlan(space);
        _planned = (space, plan);
        return plan;
    }

    private Plan MakePlan(Space space)
    {
        if (_next >= blocks.Count)
        {
            return new Plan(SpacePlan.Empty, null);
        }

        var width = ColumnWidth(space.Width);
        var heights = new double[blocks.Count];
        for (var i = _next; i < blocks.Count; i++)
        {
            var natural = blocks[i].Measure(new Space(width, Unbounded, false));
            heights[i] = natural.Kind == PlanKind.Empty ? 0 : natural.Height;
        }

        if (Pack(heights, width, space.Height) is not null)
        {
            // Halve the column height between the tallest block and the page's room until it stops mattering.
            var (low, high) = (0.0, space.Height);
            for (var step = 0; step < 24 && high - low > 0.25; step++)
            {
                var middle = (low + high) / 2;
                (low, high) = Pack(heights, width, middle) is null ? (middle, high) : (low, middle);
            }

            var ends = Pack(heights, width, high)!.Value;
            return new Plan(SpacePlan.Full(space.Width, ends.Height), ends.Ends);
        }

        // Not all of it fits: fill the columns to the page's foot; something must fit in the first.
        var firstPlan = blocks[_next].Measure(new Space(width, space.Height, space.AtPageTop));
        if (firstPlan.Kind == PlanKind.Wrap)
        {
            return new Plan(SpacePlan.Wrap(firstPlan.Reason ?? "The first block of the columns does not fit."), null);
        }

        // A title that keeps with the next block is not left alone at the page's foot (unless the page is fresh).
        var stranded = !space.AtPageTop && firstPlan.Kind == PlanKind.FullRender && blocks[_next].KeepsWithNext
            && !FollowerFits(width, space.Height - firstPlan.Height);
        return stranded
            ? new Plan(SpacePlan.Wrap("The columns' first block keeps with the next, which does not fit below it."), null)
            : new Plan(SpacePlan.Partial(space.Width, space.Height), null);
    }

    // The blocks left, whole, in at most Count columns no taller than `limit`: where each column ends (the index after
    // its last block) and the tallest column's height; null when they do not fit. A block that keeps with the next is
    // carried to the next column rather than ending one.
    private (int[] Ends, double Height)? Pack(double[] heights, double width, double limit)
    {
        var ends = new int[element.Count];
        var column = 0;
        var used = 0.0;
        var beforeLast = 0.0;
        var tallest = 0.0;
        var start = _next;
        for (var i = _next; i < blocks.Count; i++)
        {
            var head = i == start && (i > 0 || _inBlock) ? HeadHeight(i, width) : 0;
            var need = (i == start ? head : element.Spacing) + heights[i];
            if (used + need <= limit + 1e-6)
            {
                (beforeLast, used) = (used, used + need);
                continue;
            }

            if (i == start)
            {
                return null;
            }

            // The column ends before block i, or before i - 1 when that one keeps with i (and is not alone).
            var carry = blocks[i - 1].KeepsWithNext && i - 1 > start;
            tallest = Math.Max(tallest, carry ? beforeLast : used);
            ends[column++] = carry ? i - 1 : i;
            if (column >= element.Count)
            {
                return null;
            }

            start = ends[column - 1];
            used = 0;
            i = start - 1;
        }

        tallest = Math.Max(tallest, used);
        for (; column < element.Count; column++)
        {
            ends[column] = blocks.Count;
        }

        return (ends, tallest);
    }

    private double HeadHeight(int index, double width)
    {
        if (heads[index] is not { } head)
        {
            return 0;
        }

        if (!_headHeights.TryGetValue((head, width), out var height))
        {
            height = factory.Create(head, null).Measure(new Space(width, Unbounded, false)).Height + element.Spacing;
            _headHeights[(head, width)] = height;
        }

        return height;
    }

    private readonly record struct Plan(SpacePlan Answer, int[]? Balanced);
}
