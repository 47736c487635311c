using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Elements;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Paints drawing operations with PDFsharp, caching fonts, brushes and images across pages.</summary>
internal sealed class OpPainter
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private readonly Dictionary<(string Face, double Size), XFont> _fonts = [];
    private readonly Dictionary<Color, XSolidBrush> _brushes = [];
    private readonly Dictionary<byte[], XImage> _images = new(ReferenceEqualityComparer.Instance);

    public void Paint(XGraphics gfx, DrawOp op)
    {
        switch (op)
        {
            case TextOp text:
                PaintText(gfx, text);
                break;
            case LineOp line:
                gfx.DrawLine(Pen(line.Stroke), line.X1, line.Y1, line.X2, line.Y2);
                break;
            case RectOp rect:
                PaintRect(gfx, rect);
                break;
            case EllipseOp e:
                PaintEllipse(gfx, e);
                break;
            case PolygonOp polygon:
                PaintPolygon(gfx, polygon);
                break;
            case ImageOp image:
                gfx.DrawImage(Image(image.Data), image.X, image.Y, image.Width, image.Height);
                break;
        }
    }

    private void PaintText(XGraphics gfx, TextOp text)
    {
        var font = Font(text.Face.Path, text.Size);
        if (text.Angle == 0)
        {
            gfx.DrawString(text.Text, font, Brush(text.Color), text.X, text.Baseline);
            return;
        }

        var state = gfx.Save();
        gfx.RotateAtTransform(-text.Angle, new XPoint(text.X, text.Baseline));
        gfx.DrawString(text.Text, font, Brush(text.Color), text.X, text.Baseline);
        gfx.Restore(state);
    }

    private void PaintRect(XGraphics gfx, RectOp rect)
    {
        var (pen, brush) = (rect.Stroke is null ? null : Pen(rect.Stroke), rect.Fill is { } f ? Brush(f) : null);
        if (pen is not null || brush is not null)
        {
            gfx.DrawRectangle(pen, brush, rect.X, rect.Y, rect.Width, rect.Height);
        }
    }

    private void PaintEllipse(XGraphics gfx, EllipseOp e)
    {
        var (pen, brush) = (e.Stroke is null ? null : Pen(e.Stroke), e.Fill is { } f ? Brush(f) : null);
        if (pen is not null || brush is not null)
        {
            gfx.DrawEllipse(pen, brush, e.CenterX - e.RadiusX, e.CenterY - e.RadiusY, 2 * e.RadiusX, 2 * e.RadiusY);
        }
    }

    private void PaintPolygon(XGraphics gfx, PolygonOp polygon)
    {
        var points = polygon.Points.Select(p => new XPoint(p.X, p.Y)).ToArray();
        var (pen, brush) = (polygon.Stroke is null ? null : Pen(polygon.Stroke), polygon.Fill is { } f ? Brush(f) : null);
        if (points.Length < 2 || pen is null && brush is null)
        {
            return;
        }

        if (brush is null)
        {
            gfx.DrawPolygon(pen!, points);
        }
        else
        {
            gfx.DrawPolygon(pen, brush, points, XFillMode.Winding);
        }
    }

    private XFont Font(string face, double size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
        {
            font = new XFont(face, size, XFontStyleEx.Regular, Unicode);
            _fonts[(face, size)] = font;
        }

        return font;
    }

    private XSolidBrush Brush(Color color)
    {
        if (!_brushes.TryGetValue(color, out var brush))
        {
            brush = new XSolidBrush(XColor.FromArgb(color.R, color.G, color.B));
            _brushes[color] = brush;
        }

        return brush;
    }

    private static XPen Pen(Stroke stroke)
    {
        var pen = new XPen(XColor.FromArgb(stroke.Color.R, stroke.Color.G, stroke.Color.B), stroke.Thickness);
        if (stroke.Dash is { Count: > 0 } dash)
        {
            // XPen dash lengths are in multiples of the line width.
            pen.DashPattern = [.. dash.Select(d => d / Math.Max(stroke.Thickness, 1e-3))];
        }

        return pen;
    }

    private XImage Image(byte[] data)
    {
        if (!_images.TryGetValue(data, out var image))
        {
            image = XImage.FromStream(new MemoryStream(data, writable: false));
            _images[data] = image;
        }

        return image;
    }
}
