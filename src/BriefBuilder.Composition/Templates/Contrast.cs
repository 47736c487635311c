using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Templates;

/// <summary>WCAG 2.1 contrast ratio of a colour against white paper.</summary>
internal static class Contrast
{
    public static double AgainstWhite(Color color) => 1.05 / (RelativeLuminance(color) + 0.05);

    /// <summary>The colour, darkened in steps keeping its hue, until it reaches <paramref name="ratio"/> against white: the
    /// edge a light mark (Okabe-Ito orange, 2.2:1) needs to stand out as a graphic object (WCAG 2.1, 1.4.11: 3:1).</summary>
    public static Color Edge(Color color, double ratio = 3)
    {
        var edge = color;
        for (var factor = 0.95; AgainstWhite(edge) < ratio && factor > 0; factor -= 0.05)
        {
            edge = new Color((byte)(color.R * factor), (byte)(color.G * factor), (byte)(color.B * factor));
        }

        return edge;
    }

    /// <summary>WCAG 2.1 relative luminance (sRGB), 0 for black to 1 for white: the grey a colour prints as.</summary>
    public static double RelativeLuminance(Color color) =>
        (0.2126 * Channel(color.R)) + (0.7152 * Channel(color.G)) + (0.0722 * Channel(color.B));

    private static double Channel(byte value)
    {
        var c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
