using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Results;
using BriefBuilder.Layout.Tests.Demo;

namespace BriefBuilder.Layout.Tests.Text;

/// <summary>Layouts on <see cref="FixedMetrics"/> whose page body is a 100 pt square with its top-left corner at (100, 100),
/// so positions can be worked out by hand.</summary>
internal static class SquarePage
{
    public static PageSetup Setup { get; } = new(PaperSize.A4, Orientation.Portrait, new Edges(Top: 100, Right: 595.276 - 200, Bottom: 841.89 - 200, Left: 100));

    public static LayoutResult Lay(Element body) => DocumentLayout.Run(Documents.Of(body, Setup), new FixedMetrics());
}
