using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Tests.Text;

/// <summary>Text shaped and broken on <see cref="FixedMetrics"/> at 10 pt: a letter 5 pt wide, a space 2.5 pt.</summary>
internal static class FixedShaping
{
    public static ShapedText Shape(string text) =>
        TextShaper.Shape([new Span(text, TextStyle.Body)], new FixedMetrics(), MissingGlyphPolicy.Error, _ => { });

    /// <summary>The printed text of each line, broken as a paragraph (or a balanced title) is.</summary>
    public static List<string> Lines(string text, double width, bool balance = false)
    {
        var shaped = Shape(text);
        var painter = new TextLinePainter(shaped, ParagraphStyle.Default, null);
        var lines = balance ? BalancedBreaker.Break(shaped, width) : LineBreaker.Break(shaped, width, width);
        return [.. lines.Select(painter.TextOf)];
    }
}
