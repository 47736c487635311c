using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout;

namespace BriefBuilder.Layout.Drawing;

/// <summary>Draws a border's sides as filled strips inside a rectangle, so a thick side never spills outside the box.</summary>
internal static class BorderLines
{
    public static void Draw(PageCanvas canvas, Border border, double x, double y, double width, double height)
    {
        if (canvas.Dry)
        {
            return;
        }

        var t = border.Thickness;
        if (t.Top > 0)
        {
            canvas.Add(new RectOp(null, x, y, width, t.Top, border.Color, null));
        }

        if (t.Bottom > 0)
        {
            canvas.Add(new RectOp(null, x, y + height - t.Bottom, width, t.Bottom, border.Color, null));
        }

        if (t.Left > 0)
        {
            canvas.Add(new RectOp(null, x, y, t.Left, height, border.Color, null));
        }

        if (t.Right > 0)
        {
            canvas.Add(new RectOp(null, x + width - t.Right, y, t.Right, height, border.Color, null));
        }
    }
}
