using BriefBuilder.Layout.Document;

namespace BriefBuilder.Layout.Layout;

/// <summary>Page size in points for a paper and orientation (ISO 216 A4 is 210 x 297 mm; US Letter 8.5 x 11 in),
/// and the body area inside the margins.</summary>
internal readonly record struct PageGeometry(double Width, double Height, double BodyLeft, double BodyTop, double BodyWidth, double BodyHeight)
{
    public static PageGeometry For(PageSetup setup)
    {
        var (width, height) = setup.Paper switch
        {
            PaperSize.Letter => (612.0, 792.0),
            _ => (595.276, 841.89),
        };
        if (setup.Orientation == Orientation.Landscape)
        {
            (width, height) = (height, width);
        }

        var m = setup.Margins;
        return new PageGeometry(width, height, m.Left, m.Top, width - m.Left - m.Right, height - m.Top - m.Bottom);
    }
}
