using BriefBuilder.Layout.Document;

namespace BriefBuilder.Composition.Briefs;

/// <summary>Paper sizes in points (ISO 216 A4, ANSI Letter) and the width left between the margins.</summary>
public static class PageGeometry
{
    public static (double Width, double Height) Size(PaperSize paper, Orientation orientation)
    {
        var (width, height) = paper == PaperSize.A4 ? (595.276, 841.890) : (612.0, 792.0);
        return orientation == Orientation.Landscape ? (height, width) : (width, height);
    }

    public static double ContentWidth(PageSetup page) =>
        Size(page.Paper, page.Orientation).Width - page.Margins.Left - page.Margins.Right;
}
