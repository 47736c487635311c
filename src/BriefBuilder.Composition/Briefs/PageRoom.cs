using BriefBuilder.Layout.Document;

namespace BriefBuilder.Composition.Briefs;

/// <summary>Whether a page's margins leave a brief room enough (the paper sizes are the engine's, <see cref="PageSetup.Size"/>).</summary>
internal static class PageRoom
{
    /// <summary>The least room the margins may leave for text each way: an inch.</summary>
    public const double MinimumRoom = 72;

    /// <summary>What is wrong with margins that leave less than <see cref="MinimumRoom"/> for text, or null.</summary>
    public static string? RoomProblem(PageSetup page)
    {
        var (width, height) = (page.BodyWidth, page.BodyHeight);
        if (width >= MinimumRoom && height >= MinimumRoom)
        {
            return null;
        }

        var (paperWidth, paperHeight) = page.Size;
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"the margins leave {Math.Max(0, width):0} by {Math.Max(0, height):0} pt for text on the {page.Paper} page ({paperWidth:0} by {paperHeight:0} pt); a brief needs at least {MinimumRoom:0} pt (an inch) each way");
    }
}
