using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>Vector drawing (charts, the timeline), tagged Figure with its alt text. Scaled down evenly when wider than
/// the space, or taller than a page when it stands alone on one.</summary>
internal sealed class CanvasNode(Canvas canvas, StructNode? structure, LayoutContext context) : LayoutNode
{
    private bool _done;

    public override SpacePlan Measure(Space space)
    {
        if (_done)
        {
            return SpacePlan.Empty;
        }

        var scale = Scale(space);
        var height = canvas.Height * scale;
        if (height <= space.Height + 1e-6)
        {
            return SpacePlan.Full(canvas.Width * scale, height);
        }

        if (!space.AtPageTop)
        {
            return SpacePlan.Wrap("The drawing is taller than the space left on this page.");
        }

        scale *= space.Height / height;
        return SpacePlan.Full(canvas.Width * scale, canvas.Height * scale);
    }

    public override void Draw(PageCanvas page, double x, double y, Space space)
    {
        var plan = Measure(space);
        if (!plan.Draws)
        {
            return;
        }

        _done = true;
        if (page.Dry)
        {
            return;
        }

        var s = plan.Width / Math.Max(canvas.Width, 1e-9);
        page.Add(new FigureOp(structure, x, y, plan.Width, plan.Height));
        foreach (var shape in canvas.Shapes)
        {
            Paint(page, shape, x, y, s);
        }

        page.Box("Canvas", x, y, plan.Width, plan.Height, canvas.AltText);
        page.Complete(structure);
    }

    public override void Restart() => _done = false;

    public override (double Min, double Max) IntrinsicWidth() => (Math.Min(canvas.Width, 36), canvas.Width);

    private double Scale(Space space) => canvas.Width > space.Width ? space.Width / canvas.Width : 1;

    private void Paint(PageCanvas page, Shape shape, double x, double y, double s)
    {
        Stroke? Scaled(Stroke? stroke) => stroke is null ? null : stroke with { Thickness = stroke.Thickness * s };
        switch (shape)
        {
            case LineShape l:
                page.Add(new LineOp(structure, x + (l.X1 * s), y + (l.Y1 * s), x + (l.X2 * s), y + (l.Y2 * s), Scaled(l.Stroke)!));
                break;
            case RectangleShape r:
                page.Add(new RectOp(structure, x + (r.X * s), y + (r.Y * s), r.Width * s, r.Height * s, r.Fill, Scaled(r.Stroke)));
                break;
            case EllipseShape e:
                page.Add(new EllipseOp(structure, x + (e.CenterX * s), y + (e.CenterY * s), e.RadiusX * s, e.RadiusY * s, e.Fill, Scaled(e.Stroke)));
                break;
            case PolygonShape p:
                page.Add(new PolygonOp(structure, [.. p.Points.Select(pt => (x + (pt.X * s), y + (pt.Y * s)))], p.Fill, Scaled(p.Stroke)));
                break;
            case LabelShape label:
                PaintLabel(page, label, x, y, s);
                break;
        }
    }

    private void PaintLabel(PageCanvas page, LabelShape label, double x, double y, double s)
    {
        var style = label.Style with { Size = label.Style.Size * s };
        var shaped = context.ShapeOnce([new Span(label.Text, style)]);
        var width = 0.0;
        foreach (var unit in shaped.Units)
        {
            width += unit.Kind is UnitKind.Glyph or UnitKind.Space ? unit.Width : 0;
        }

        var left = x + (label.X * s) - label.Alignment switch
        {
            TextAlignment.Center => width / 2,
            TextAlignment.Right => width,
            _ => 0,
        };
        var baseline = y + (label.Y * s);
        foreach (var (face, text, runWidth) in TextRuns.ByFace(shaped))
        {
            page.Add(new TextOp(structure, left, baseline, text, face, style.Size, style.Color));
            left += runWidth;
        }
    }
}
