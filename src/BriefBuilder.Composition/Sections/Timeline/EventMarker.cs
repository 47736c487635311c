using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>An event's mark: a short bar outlined in grey and left white, so that in greyscale it is unlike any stance's
/// filled bar; the outline dashed when its date is approximate or uncertain.</summary>
internal static class EventMarker
{
    public static IReadOnlyList<Shape> Draw(double x, double y, double width, double height, Color color, bool fuzzy) =>
        [new RectangleShape(x, y, width, height, Color.White, new Stroke(color, 0.9, fuzzy ? [1.6, 1.2] : null))];

    public static Canvas Element(double size, Color color, bool fuzzy, string alt) =>
        new(size, size, Draw(0.5, size * 0.3, size - 1, size * 0.4, color, fuzzy), alt);
}
