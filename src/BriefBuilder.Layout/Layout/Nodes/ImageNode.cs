using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>A PNG or JPEG picture, tagged Figure with its alt text. Without a size it is set at 96 pixels to the inch;
/// it shrinks (keeping its proportions) to the width offered, and to the page's height when it is alone on a page.</summary>
internal sealed class ImageNode(Image image, ImageSize pixels, StructNode? structure) : LayoutNode
{
    private bool _done;

    public override SpacePlan Measure(Space space)
    {
        if (_done)
        {
            return SpacePlan.Empty;
        }

        var (width, height) = Size(space);
        if (height <= space.Height + 1e-6)
        {
            return SpacePlan.Full(width, height);
        }

        if (!space.AtPageTop)
        {
            return SpacePlan.Wrap("The image is taller than the space left on this page.");
        }

        var scale = space.Height / height;
        return SpacePlan.Full(width * scale, space.Height);
    }

    public override void Draw(PageCanvas canvas, double x, double y, Space space)
    {
        var plan = Measure(space);
        if (!plan.Draws)
        {
            return;
        }

        canvas.Add(new FigureOp(structure, x, y, plan.Width, plan.Height));
        canvas.Add(new ImageOp(structure, x, y, plan.Width, plan.Height, image.Data));
        canvas.Box("Image", x, y, plan.Width, plan.Height, image.AltText);
        canvas.Complete(structure);
        _done = true;
    }

    public override void Restart() => _done = false;

    public override (double Min, double Max) IntrinsicWidth()
    {
        var (width, _) = Size(new Space(double.MaxValue, double.MaxValue, false));
        return (Math.Min(width, 36), width);
    }

    private (double Width, double Height) Size(Space space)
    {
        var aspect = pixels.Height / (double)Math.Max(1, pixels.Width);
        var width = image.Width ?? (image.Height is { } h ? h / aspect : pixels.Width * 0.75);
        var height = image.Height ?? (width * aspect);
        if (width > space.Width)
        {
            height *= space.Width / width;
            width = space.Width;
        }

        return (width, height);
    }
}
