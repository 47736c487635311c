using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Charts;

/// <summary>A band hatched with diagonal lines inside a thin outline: the mark of an undated statement's window, which
/// must look unlike any dated bar, in colour and in greyscale alike.</summary>
internal static class Hatching
{
    private const double Spacing = 2.6;

    public static IEnumerable<Shape> Band(double x, double y, double width, double height, Color color)
    {
        var stroke = new Stroke(Contrast.Edge(color), 0.6);
        yield return new RectangleShape(x, y, width, height, Color.White, stroke);

        // Lines at 45 degrees: the points whose distances u from the left edge and v from the bottom edge add up to the
        // offset, from the left or bottom edge to the top or right one.
        for (var offset = Spacing; offset < width + height; offset += Spacing)
        {
            var u1 = Math.Max(0, offset - height);
            var u2 = Math.Min(width, offset);
            yield return new LineShape(x + u1, y + height - (offset - u1), x + u2, y + height - (offset - u2), stroke);
        }
    }

    /// <summary>A swatch of the band for a legend.</summary>
    public static Canvas Swatch(double size, Color color, string alt) =>
        new(size, size, [.. Band(0.5, size * 0.25, size - 1, size * 0.5, color)], alt);
}
