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

    /// <summary>The least room the margins may leave for text each way: an inch.</summary>
    public const double MinimumRoom = 72;

    public static double ContentWidth(PageSetup page) =>
        Size(page.Paper, page.Orientation).Width - page.Margins.Left - page.Margins.Right;

    public static double ContentHeight(PageSetup page) =>
        Size(page.Paper, page.Orientation).Height - page.Margins.Top - page.Margins.Bottom;

    /// <summary>What is wrong with margins that leave less than <see cref="MinimumRoom"/> for text, or null.</summary>
    public static string? RoomProblem(PageSetup page)
    {
        var (width, height) = (ContentWidth(page), ContentHeight(page));
        if (width >= MinimumRoom && height >= MinimumRoom)
        {
            return null;
        }

        var (paperWidth, paperHeight) = Size(page.Paper, page.Orientation);
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"the margins leave {Math.Max(0, width):0} by {Math.Max(0, height):0} pt for text on the {page.Paper} page ({paperWidth:0} by {paperHeight:0} pt); a brief needs at least {MinimumRoom:0} pt (an inch) each way");
    }
}
