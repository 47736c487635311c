using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;

namespace BriefBuilder.Layout.Tests.Text;

/// <summary>The measuring service composers ask, on <see cref="FixedMetrics"/>: a letter 5 pt at 10 pt, a space 2.5 pt.</summary>
public class TextWidthsTests
{
    private static readonly TextWidths Widths = new(new FixedMetrics());

    [Fact]
    public void A_line_is_as_wide_as_its_characters()
    {
        Assert.Equal(47.5, Widths.Of("aaaa bbbbb", TextStyle.Body), 6);
        Assert.Equal(95, Widths.Of("aaaa bbbbb", TextStyle.Body with { Size = 20 }), 6);
    }

    [Theory]
    [InlineData("aaaa bbbbb cc", 25)]
    [InlineData("pp. 36-37", 42.5)] // no break in "36-37" between digits, nor after "pp." before a number: 8 letters and a space
    [InlineData("well-known", 25)] // a hyphen between letters is: "known" is the widest piece
    public void The_widest_unbreakable_piece_follows_the_engines_break_rules(string text, double widest)
    {
        Assert.Equal(widest, Widths.WidestUnbreakable(text, TextStyle.Body), 6);
    }

    [Fact]
    public void Lines_count_as_a_paragraph_breaks_them()
    {
        Assert.Equal(2, Widths.Lines([new Span("aaaa bbbb cccc dddd eeee", TextStyle.Body)], 100));
    }

    [Fact]
    public void Lines_at_several_widths_count_as_at_each_width_alone()
    {
        // Five words of 20 pt with 2.5 pt spaces: one line at 110 pt, two at 65, three at 45, five at 20.
        IReadOnlyList<Span> spans = [new Span("aaaa bbbb cccc dddd eeee", TextStyle.Body)];
        double[] widths = [110, 65, 45, 20];

        Assert.Equal([1, 2, 3, 5], Widths.Lines(spans, widths));
        Assert.Equal(widths.Select(w => Widths.Lines(spans, w)), Widths.Lines(spans, widths));
        Assert.Equal([0, 0], Widths.Lines([], [10, 20]));
    }
}
