using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Tests.Text;

namespace BriefBuilder.Layout.Tests.Columns;

/// <summary>Balanced columns with <see cref="FixedMetrics"/>: the page body is a 100 pt square at (100, 100); two columns
/// with a 10 pt gap are 45 pt wide, at x 100 and 155; a one-word block is one 13 pt line.</summary>
public class MultiColumnTests
{
    [Theory]
    [InlineData(6, 3, 3)]
    [InlineData(5, 3, 2)]
    [InlineData(1, 1, 0)]
    public void Blocks_that_fit_on_the_page_are_shared_between_the_columns_as_evenly_as_whole_blocks_allow(int blocks, int left, int right)
    {
        var page = SquarePage.Lay(Columns(blocks)).Pages.Single();

        var lines = page.OfKind("Line").ToList();
        Assert.Equal(Enumerable.Range(0, left).Select(i => 100 + (13.0 * i)), lines.Where(l => l.X == 100).Select(l => l.Y));
        Assert.Equal(Enumerable.Range(0, right).Select(i => 100 + (13.0 * i)), lines.Where(l => l.X == 155).Select(l => l.Y));
        Assert.Equal(Enumerable.Range(0, blocks).Select(Word), lines.Select(l => l.Text));
    }

    [Fact]
    public void Columns_fill_the_page_in_reading_order_and_the_rest_is_balanced_on_the_next()
    {
        // Seven lines (91 pt) fill a 100 pt column: 14 blocks on the first page, the last 6 three and three on the next.
        var pages = SquarePage.Lay(Columns(20)).Pages;

        Assert.Equal(2, pages.Count);
        Assert.Equal(Enumerable.Range(0, 14).Select(Word), pages[0].OfKind("Line").Select(l => l.Text));
        Assert.Equal([7, 7], [pages[0].OfKind("Line").Count(l => l.X == 100), pages[0].OfKind("Line").Count(l => l.X == 155)]);
        Assert.Equal([3, 3], [pages[1].OfKind("Line").Count(l => l.X == 100), pages[1].OfKind("Line").Count(l => l.X == 155)]);
    }

    [Fact]
    public void What_follows_the_columns_starts_below_the_taller_one()
    {
        var layout = SquarePage.Lay(new Column([Columns(5), new Paragraph("after", TextStyle.Body)]));

        Assert.Equal(100 + (3 * 13.0), layout.Pages.Single().OfKind("Line").Single(l => l.Text == "after").Y);
    }

    [Fact]
    public void A_column_going_on_with_what_the_one_before_began_opens_with_its_continued_head()
    {
        var head = new Paragraph("cont", TextStyle.Body);
        var blocks = Enumerable.Range(0, 4).Select(i => new ColumnBlock(new Paragraph(Word(i), TextStyle.Body), i == 0 ? null : head)).ToList();

        var lines = SquarePage.Lay(new MultiColumn(blocks, 2, 10)).Pages.Single().OfKind("Line").ToList();

        // The head takes a line: three lines a column, the third block's head opening the right one.
        Assert.Equal(["w00", "w01", "w02"], lines.Where(l => l.X == 100).Select(l => l.Text));
        Assert.Equal(["cont", "w03"], lines.Where(l => l.X == 155).Select(l => l.Text));
    }

    [Fact]
    public void A_block_kept_with_the_next_does_not_end_a_column()
    {
        // Six blocks would balance three and three, but the third keeps with the fourth: they go together, on the left.
        var blocks = Enumerable.Range(0, 6)
            .Select(i => new ColumnBlock(i == 2 ? new KeepWithNext(new Paragraph(Word(i), TextStyle.Body)) : new Paragraph(Word(i), TextStyle.Body)))
            .ToList();

        var lines = SquarePage.Lay(new MultiColumn(blocks, 2, 10)).Pages.Single().OfKind("Line").ToList();

        Assert.Equal(["w00", "w01", "w02", "w03"], lines.Where(l => l.X == 100).Select(l => l.Text));
        Assert.Equal(["w04", "w05"], lines.Where(l => l.X == 155).Select(l => l.Text));
    }

    [Fact]
    public void A_title_kept_with_the_next_block_is_not_left_alone_at_the_page_foot()
    {
        // Six lines (78 pt) leave 22 pt: room for the one-line title, not for the three-line block it keeps with.
        static Paragraph Line(string text) => new(text, TextStyle.Body);
        var title = new ColumnBlock(new KeepWithNext(Line("ttl")));
        var block = new ColumnBlock(new KeepTogether(new Column([Line("x1"), Line("x2"), Line("x3")])));
        var body = new Column([.. Enumerable.Range(0, 6).Select(i => Line(Word(i))), new MultiColumn([title, block], 2, 10)]);

        var pages = SquarePage.Lay(body).Pages;

        Assert.Equal(2, pages.Count);
        Assert.Equal(Enumerable.Range(0, 6).Select(Word), pages[0].OfKind("Line").Select(l => l.Text));
        Assert.Equal(["ttl", "x1", "x2", "x3"], pages[1].OfKind("Line").Select(l => l.Text));
    }

    private static string Word(int i) => $"w{i:00}";

    private static MultiColumn Columns(int blocks) =>
        new([.. Enumerable.Range(0, blocks).Select(i => new ColumnBlock(new Paragraph(Word(i), TextStyle.Body)))], 2, 10);
}
