using BriefBuilder.Composition.Styling;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections;

/// <summary>Draws a stance's marker: the same shape and colour in the timeline list, the graphic, the charts and the legends.
/// A hollow marker stands for an approximate or uncertain date.</summary>
internal static class StanceMarker
{
    /// <summary>The shapes of one marker centred on (x, y); <paramref name="radius"/> is that of the circle, the other shapes matched to its visual weight.</summary>
    public static IReadOnlyList<Shape> Draw(MarkerShape shape, double x, double y, double radius, Color color, bool hollow)
    {
        Color? fill = hollow ? Color.White : color;
        // The outline at 3:1 against the paper at least, however light the stance's colour.
        var stroke = new Stroke(Contrast.Edge(color), hollow ? Math.Max(0.9, radius * 0.3) : 0.5);
        return shape switch
        {
            MarkerShape.Circle => [new EllipseShape(x, y, radius, radius, fill, stroke)],
            MarkerShape.Square => [new RectangleShape(x - (radius * 0.88), y - (radius * 0.88), radius * 1.76, radius * 1.76, fill, stroke)],
            MarkerShape.Triangle => [Polygon(fill, stroke, (x, y - (radius * 1.2)), (x + (radius * 1.1), y + (radius * 0.85)), (x - (radius * 1.1), y + (radius * 0.85)))],
            MarkerShape.InvertedTriangle => [Polygon(fill, stroke, (x, y + (radius * 1.2)), (x - (radius * 1.1), y - (radius * 0.85)), (x + (radius * 1.1), y - (radius * 0.85)))],
            MarkerShape.Diamond => [Polygon(fill, stroke, (x, y - (radius * 1.25)), (x + (radius * 1.1), y), (x, y + (radius * 1.25)), (x - (radius * 1.1), y))],
            _ => [Polygon(fill, stroke, [.. Enumerable.Range(0, 6).Select(i => (x + (radius * 1.08 * Math.Cos(i * Math.PI / 3)), y + (radius * 1.08 * Math.Sin(i * Math.PI / 3))))])],
        };
    }

    /// <summary>A marker as an element of its own, for a list entry, a table head or a legend.</summary>
    public static Canvas Element(StanceLook look, double size, bool hollow = false)
    {
        var radius = size / 2 * 0.78;
        return new Canvas(size, size, Draw(look.Shape, size / 2, size / 2, radius, look.Color, hollow), look.Stance.Label);
    }

    private static PolygonShape Polygon(Color? fill, Stroke stroke, params (double X, double Y)[] points) => new(points, fill, stroke);
}
