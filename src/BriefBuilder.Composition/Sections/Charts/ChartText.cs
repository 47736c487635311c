using BriefBuilder.Composition.Styling;
using Humanizer;

namespace BriefBuilder.Composition.Sections.Charts;

/// <summary>Text inside charts, where the engine cannot wrap: a width estimate and truncation to fit.</summary>
public static class ChartText
{
    private const double AverageAdvance = 0.6;

    public static double Width(string text, double size) => TextWidth.Of(text, size);

    /// <summary>The text cut at a word with "…" so that it fits in <paramref name="width"/>; empty when not even one word fits.</summary>
    public static string Fit(string text, double size, double width)
    {
        if (Width(text, size) <= width)
        {
            return text;
        }

        if (Abridged.WholeWords(text, cut => Width(cut, size) <= width) is { } cut)
        {
            return cut;
        }

        var characters = (int)(width / (size * AverageAdvance));
        return characters >= 4 ? text.Truncate(characters, "…") : string.Empty;
    }
}
