using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Tests.Text;

/// <summary>Shapes text with the real font library, as layout does.</summary>
internal static class Shaping
{
    public static ITextMeasurer Measurer { get; } = TextMeasurer.For(null);

    public static ShapedText Shape(string text, TextStyle? style = null, MissingGlyphPolicy policy = MissingGlyphPolicy.Error, List<string>? warnings = null) =>
        TextShaper.Shape([new Span(text, style ?? TextStyle.Body)], Measurer, policy, m => warnings?.Add(m.Message));

    public static List<TextLine> Break(ShapedText text, double width) => LineBreaker.Break(text, width, width);

    /// <summary>The printed text of each line (soft hyphens shown only where used).</summary>
    public static List<string> Lines(string text, double width)
    {
        var shaped = Shape(text);
        var painter = new TextLinePainter(shaped, ParagraphStyle.Default, null);
        return [.. Break(shaped, width).Select(painter.TextOf)];
    }
}
