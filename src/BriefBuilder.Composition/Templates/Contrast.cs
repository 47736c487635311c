using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Templates;

/// <summary>WCAG 2.1 contrast ratio of a colour against white paper.</summary>
internal static class Contrast
{
    public static double AgainstWhite(Color color) => 1.05 / (RelativeLuminance(color) + 0.05);

    // WCAG 2.1, definition of relative luminance (sRGB).
    private static double RelativeLuminance(Color color) =>
        (0.2126 * Channel(color.R)) + (0.7152 * Channel(color.G)) + (0.0722 * Channel(color.B));

    private static double Channel(byte value)
    {
        var c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
