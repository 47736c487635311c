using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;

namespace BriefBuilder.Layout.Text;

/// <summary>A span's style resolved for layout: its font chain, the size actually set (smaller for superscript) and the baseline rise.</summary>
internal sealed record RunStyle(TextStyle Style, LinkTarget? Link, FontChain Chain, double Size, double Rise)
{
    // Superscript at about two thirds of the size, raised a third of the size: the proportions fonts' own superiors use.
    public static RunStyle From(TextStyle style, LinkTarget? link, FontChain chain) =>
        style.Superscript
            ? new RunStyle(style, link, chain, style.Size * 0.65, style.Size * 0.35)
            : new RunStyle(style, link, chain, style.Size, 0);
}
