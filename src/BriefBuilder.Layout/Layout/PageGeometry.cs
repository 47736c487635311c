using BriefBuilder.Layout.Document;

namespace BriefBuilder.Layout.Layout;

/// <summary>A page's size in points (<see cref="PageSetup.Size"/>) and the body area inside its margins.</summary>
internal readonly record struct PageGeometry(double Width, double Height, double BodyLeft, double BodyTop, double BodyWidth, double BodyHeight)
{
    public static PageGeometry For(PageSetup setup)
    {
        var (width, height) = setup.Size;
        var m = setup.Margins;
        return new PageGeometry(width, height, m.Left, m.Top, setup.BodyWidth, setup.BodyHeight);
    }
}
