using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Tests.Text;

namespace BriefBuilder.Layout.Tests.Pagination;

/// <summary>The rules that keep a page from holding one lonely part of something, and the soft page breaks, on
/// <see cref="FixedMetrics"/>: the page body is 100 pt high and every line, table row (no padding) and list item 13 pt,
/// so seven of them fill a page (91 pt) and an eighth goes over.</summary>
public class PageRulesTests
{
    // The header takes one of the seven places: six rows fit under it on a page.
    [Theory]
    [InlineData(7, new[] { 5, 2 })] // 6 + 1 would leave the last row alone: one more goes over.
    [InlineData(8, new[] { 6, 2 })]
    [InlineData(6, new[] { 6 })]
    public void A_tables_last_page_holds_at_least_two_rows(int rows, int[] perPage)
    {
        var layout = SquarePage.Lay(Table(rows));

        Assert.Equal(perPage, layout.Pages.Select(p => p.OfKind("TableRow").Count()));
    }

    // Five lines above leave room for the header and one row (91 pt), not two (104 pt).
    [Fact]
    public void A_table_that_would_leave_one_row_below_other_content_starts_on_the_next_page()
    {
        var layout = SquarePage.Lay(new Column([Lines(5), Table(3)]));

        Assert.Equal([0, 3], layout.Pages.Select(p => p.OfKind("TableRow").Count()));
        Assert.Equal(5, layout.Pages[0].OfKind("Line").Count());
    }

    [Theory]
    [InlineData(8, new[] { 6, 2 })]
    [InlineData(9, new[] { 7, 2 })]
    public void A_lists_last_page_holds_at_least_two_items(int items, int[] perPage)
    {
        var list = new ListBlock([.. Enumerable.Range(1, items).Select(i => (Element)new Paragraph($"item {i}"))], ListKind.Numbered);

        var layout = SquarePage.Lay(list);

        Assert.Equal(perPage, layout.Pages.Select(p => p.OfKind("ListMarker").Count()));
    }

    [Fact]
    public void A_column_keeping_its_last_two_moves_whole_when_only_one_would_fit()
    {
        var entries = new Column([new Paragraph("entry a"), new Paragraph("entry b")], KeepLast: 2);

        var layout = SquarePage.Lay(new Column([Lines(6), entries]));

        Assert.Equal(["entry a", "entry b"], layout.Pages[1].OfKind("Line").Select(l => l.Text));
        Assert.Equal(6, layout.Pages[0].OfKind("Line").Count());
    }

    [Fact]
    public void A_column_keeping_one_leaves_its_last_child_alone()
    {
        var layout = SquarePage.Lay(new Column([.. Enumerable.Range(1, 8).Select(i => (Element)new Paragraph($"entry {i}"))]));

        Assert.Equal([7, 1], layout.Pages.Select(p => p.OfKind("Line").Count()));
    }

    // Three lines leave 61 pt of the 100 (at least half: no break); five leave 35 (less: the break is taken).
    [Theory]
    [InlineData(3, 1)]
    [InlineData(5, 2)]
    public void A_soft_break_starts_a_page_only_when_less_than_its_share_of_the_page_is_left(int linesAbove, int pages)
    {
        var layout = SquarePage.Lay(new Column([Lines(linesAbove), new PageBreak(UnlessRoomLeft: 0.5), new Paragraph("next")]));

        Assert.Equal(pages, layout.Pages.Count);
        Assert.Contains(layout.Pages[^1].OfKind("Line"), l => l.Text == "next");
    }

    [Fact]
    public void A_break_that_spares_the_first_page_is_taken_on_later_pages()
    {
        var spared = new PageBreak(SparesFirstPage: true);

        var layout = SquarePage.Lay(new Column([new Paragraph("one"), spared, new Paragraph("two"), new PageBreak(), new Paragraph("three"), spared with { }, new Paragraph("four")]));

        Assert.Equal([["one", "two"], ["three"], ["four"]], layout.Pages.Select(p => p.OfKind("Line").Select(l => l.Text).ToArray()));
    }

    // 100 pt shared 1:4 would give the first column 20 pt, less than its 30 pt word: it keeps 30, the other takes 70.
    [Fact]
    public void A_relative_column_is_never_narrower_than_its_widest_word()
    {
        static TableRow Row(string a, string b) => new([new TableCell(new Paragraph(a)), new TableCell(new Paragraph(b))]);
        var table = new Table([Width.Relative(1), Width.Relative(4)], [], [Row("abcdef", "x")], new TableStyle(new Edges(0, 0, 0, 0)));

        var lines = SquarePage.Lay(table).Pages.Single().OfKind("Line").ToList();

        Assert.Equal([(100.0, "abcdef"), (130.0, "x")], lines.Select(l => (l.X, l.Text)));
    }

    private static Paragraph Lines(int count) => new(string.Join(' ', Enumerable.Repeat("abcdefghijkl", count)), TextStyle.Body);

    private static Table Table(int rows)
    {
        static TableRow Row(string text) => new([new TableCell(new Paragraph(text))]);
        return new Table([Width.Relative()], [Row("head")], [.. Enumerable.Range(1, rows).Select(i => Row($"row {i}"))], new TableStyle(new Edges(0, 0, 0, 0)));
    }
}
