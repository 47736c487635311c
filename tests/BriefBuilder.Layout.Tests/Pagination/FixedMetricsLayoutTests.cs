using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Results;
using BriefBuilder.Layout.Tests.Text;

namespace BriefBuilder.Layout.Tests.Pagination;

/// <summary>Line breaking and page breaking with <see cref="FixedMetrics"/>, whatever fonts the machine has. At 10 pt a
/// letter is 5 pt wide and a space 2.5 pt; a line is 13 pt high (the default line height, 1.3 times the size, being more
/// than ascent and descent, 10 pt). The page body is a 100 pt square whose top-left corner is at (100, 100).</summary>
public class FixedMetricsLayoutTests
{
    // "aaaa bbbb cccc dddd" is 4 words of 20 pt and 3 spaces of 2.5 pt: 87.5 pt. With " eeee" it would be 110 pt, past 100.
    [Theory]
    [InlineData(TextAlignment.Left, 100, 100)]
    [InlineData(TextAlignment.Right, 112.5, 180)]
    [InlineData(TextAlignment.Center, 106.25, 140)]
    public void Lines_break_where_the_next_word_passes_the_width_and_align_in_the_room_left(TextAlignment alignment, double firstX, double lastX)
    {
        var paragraph = new Paragraph("aaaa bbbb cccc dddd eeee", TextStyle.Body, new ParagraphStyle(alignment));

        var lines = SquarePage.Lay(paragraph).Pages.Single().OfKind("Line").ToList();

        Assert.Equal(
            [new LaidOutBox("Line", firstX, 100, 87.5, 13, "aaaa bbbb cccc dddd"), new LaidOutBox("Line", lastX, 113, 20, 13, "eeee")],
            lines);
    }

    [Fact]
    public void Justified_lines_fill_the_width_but_the_last()
    {
        var paragraph = new Paragraph("aaaa bbbb cccc dddd eeee", TextStyle.Body, new ParagraphStyle(TextAlignment.Justify));

        var lines = SquarePage.Lay(paragraph).Pages.Single().OfKind("Line").ToList();

        Assert.Equal([100.0, 20.0], lines.Select(l => l.Width));
    }

    // Twelve letters make a 60 pt word: two never share a line. Seven 13 pt lines fill 91 pt of the 100; an eighth would not fit.
    [Theory]
    [InlineData(10, 7)]
    [InlineData(8, 6)] // 7 + 1 would leave a widow: two lines go over.
    [InlineData(2, 2)]
    public void A_paragraph_splits_where_the_page_is_full_keeping_two_lines_at_the_next_head(int words, int onFirstPage)
    {
        var paragraph = new Paragraph(string.Join(' ', Enumerable.Repeat("abcdefghijkl", words)), TextStyle.Body);

        var pages = SquarePage.Lay(paragraph).Pages;

        var tops = pages.Select(p => p.OfKind("Line").Select(l => l.Y).ToList()).ToList();
        Assert.Equal(Enumerable.Range(0, onFirstPage).Select(i => 100 + (13.0 * i)), tops[0]);
        Assert.Equal(words == onFirstPage ? 1 : 2, pages.Count);
        if (pages.Count == 2)
        {
            Assert.Equal(Enumerable.Range(0, words - onFirstPage).Select(i => 100 + (13.0 * i)), tops[1]);
        }
    }

    [Fact]
    public void Space_after_a_paragraph_sets_the_next_one_down()
    {
        var layout = SquarePage.Lay(new Column([
            new Paragraph("aaaa", TextStyle.Body, new ParagraphStyle(SpaceAfter: 6)),
            new Paragraph("bbbb", TextStyle.Body),
        ]));

        Assert.Equal([100.0, 119], layout.Pages.Single().OfKind("Line").Select(l => l.Y));
    }
}
