using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>Cells side by side. Widths: fixed first, then auto cells at their content's widest (shrunk if the row is
/// too narrow), then relative cells share what is left, none narrower than its widest word while there is room. The row
/// is as tall as its tallest cell.</summary>
internal sealed class RowNode(IReadOnlyList<(LayoutNode Content, Width Width)> cells, double spacing) : LayoutNode
{
    // Fixed widths depend only on the width offered; auto and relative widths (no narrower than the widest word) also on
    // the content, which may print other pages in the next pass.
    private readonly bool _autoWidths = cells.Any(c => c.Width is AutoWidth or RelativeWidth);
    private double _widthsFor = double.NaN;
    private double[] _widths = [];

    public override SpacePlan Measure(Space space)
    {
        var widths = WidthsFor(space.Width);
        var height = 0.0;
        var partial = false;
        var any = false;
        for (var i = 0; i < cells.Count; i++)
        {
            var plan = cells[i].Content.Measure(space with { Width = widths[i] });
            switch (plan.Kind)
            {
                case PlanKind.Wrap:
                    return plan;
                case PlanKind.Empty:
                    continue;
            }

            any = true;
            partial |= plan.Kind == PlanKind.PartialRender;
            height = Math.Max(height, plan.Height);
        }

        var width = widths.Sum() + (spacing * Math.Max(0, cells.Count - 1));
        return !any ? SpacePlan.Empty : partial ? SpacePlan.Partial(width, height) : SpacePlan.Full(width, height);
    }

    public override void Draw(PageCanvas canvas, double x, double y, Space space)
    {
        var widths = WidthsFor(space.Width);
        var left = x;
        for (var i = 0; i < cells.Count; i++)
        {
            cells[i].Content.Draw(canvas, left, y, space with { Width = widths[i] });
            left += widths[i] + spacing;
        }
    }

    public override void Restart()
    {
        if (_autoWidths)
        {
            _widthsFor = double.NaN;
        }

        foreach (var (content, _) in cells)
        {
            content.Restart();
        }
    }

    public override (double Min, double Max) IntrinsicWidth()
    {
        var gaps = spacing * Math.Max(0, cells.Count - 1);
        double min = gaps, max = gaps;
        foreach (var (content, width) in cells)
        {
            var (cellMin, cellMax) = width is FixedWidth f ? (f.Points, f.Points) : content.IntrinsicWidth();
            min += cellMin;
            max += cellMax;
        }

        return (min, max);
    }

    private double[] WidthsFor(double available)
    {
        if (available.Equals(_widthsFor))
        {
            return _widths;
        }

        _widthsFor = available;
        // One delegate for the row: a delegate for each cell's (virtual) IntrinsicWidth cost a runtime lookup per cell, made
        // again in every pass for every row.
        _widths = ColumnWidths.Resolve(cells.Select(c => c.Width).ToList(), i => cells[i].Content.IntrinsicWidth(),
            available - (spacing * Math.Max(0, cells.Count - 1)));
        return _widths;
    }
}
