using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Charts;

/// <summary>Text inside charts, where the engine cannot wrap: its width as the engine measures it, and fitting to a width.</summary>
internal static class ChartText
{
    public static double Width(BriefContext context, string text, TextStyle style) => context.Widths.Of(text, style);

    /// <summary>The text cut at a word with "…" so that it fits in <paramref name="width"/>; empty when not even one word fits.
    /// For labels the brief makes (a stance's name), never for what someone said.</summary>
    public static string Fit(BriefContext context, string text, TextStyle style, double width) =>
        Width(context, text, style) <= width
            ? text
            : Abridged.WholeWords(text, cut => Width(context, cut, style) <= width) ?? string.Empty;
}
