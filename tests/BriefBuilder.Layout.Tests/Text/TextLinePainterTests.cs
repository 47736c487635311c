using System.Runtime.InteropServices;
using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Tests.Text;

/// <summary>The text operations a paragraph's lines become, on <see cref="FixedMetrics"/>: at 10 pt a letter is 5 pt
/// wide and a space 2.5 pt.</summary>
public class TextLinePainterTests
{
    [Fact]
    public void A_line_keeps_the_space_it_ends_at_and_copies_no_text()
    {
        var (shaped, ops) = Painted("aaaa bbbb cccc dddd eeee", 100);

        Assert.Equal(["aaaa bbbb cccc dddd ", "eeee"], ops.Select(o => o.Text.ToString()));
        Assert.All(ops, o => Assert.True(MemoryMarshal.TryGetString(o.Text, out var source, out _, out _) && ReferenceEquals(source, shaped.Text)));
    }

    [Fact]
    public void A_soft_hyphen_shows_as_a_hyphen_only_where_the_line_breaks()
    {
        var (_, ops) = Painted("Extra\u00ADordinary long\u00ADword", 60);

        Assert.Equal(["Extra-", "ordinary ", "longword"], ops.Select(o => o.Text.ToString()));
        Assert.Equal([true, false, false], ops.Select(o => o.BreakHyphen));
    }

    // The first line's 87.5 pt of words and spaces are stretched to 100 pt: each of its three spaces by 12.5 / 3 pt.
    [Fact]
    public void A_justified_line_is_drawn_word_by_word()
    {
        var (_, ops) = Painted("aaaa bbbb cccc dddd eeee", 100, TextAlignment.Justify);

        Assert.Equal(["aaaa ", "bbbb ", "cccc ", "dddd ", "eeee"], ops.Select(o => o.Text.ToString()));
        Assert.Equal([100, 126.67, 153.33, 180, 100], ops.Select(o => Math.Round(o.X, 2)));
    }

    private static (ShapedText Shaped, List<TextOp> Ops) Painted(string text, double width, TextAlignment alignment = TextAlignment.Left)
    {
        var shaped = FixedShaping.Shape(text);
        var painter = new TextLinePainter(shaped, new ParagraphStyle(alignment), null);
        var canvas = new PageCanvas(1, 300, 300);
        var top = 100.0;
        foreach (var line in LineBreaker.Break(shaped, width, width))
        {
            var measured = TextLinePainter.WithMetrics(shaped, 1.3, line);
            painter.Paint(canvas, measured, 100, top, width);
            top += measured.Height;
        }

        return (shaped, [.. canvas.Ops.OfType<TextOp>()]);
    }
}
