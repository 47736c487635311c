using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Layout.Table;
using BriefBuilder.Layout.Tests.Text;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Tests.Tables;

public class TableBodyTests
{
    [Fact]
    public void Rows_are_kept_from_when_the_layout_reaches_them_until_they_are_let_go()
    {
        var body = BodyOf(100);
        var row = body[10];
        Assert.Same(row, body[10]);
        Assert.Same(row.Cells[0], body[10].Cells[0]);

        body.LetGoBefore(11);
        Assert.NotSame(row, body[10]);
        Assert.NotSame(body[10], body[10]);
        var next = body[11];
        Assert.Same(next, body[11]);
    }

    [Fact]
    public void A_new_pass_makes_every_row_again_in_its_place()
    {
        var body = BodyOf(100);
        var before = body[50];
        body.Restart();
        var after = body[50];
        Assert.NotSame(before, after);
        Assert.Equal(50, after.Index);
        Assert.Equal("row 50", after.FirstWords);
        Assert.Same(after, body[50]);
    }

    [Fact]
    public void Walking_every_cell_keeps_none_of_the_rows_it_made()
    {
        var body = BodyOf(100);
        var kept = body[3];
        var cells = body.EachCell().ToList();
        Assert.Equal(100, cells.Count);
        Assert.Same(kept.Cells[0], cells[3]);
        Assert.NotSame(cells[60], body[60].Cells[0]);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"row {i}"), cells.Select(c => c.FirstWords));
    }

    [Fact]
    public void A_folded_header_comes_first_once_and_is_not_a_numbered_row()
    {
        var header = new TableGrid([new TableRow([new TableCell(new Paragraph("Head"))])], 1);
        var body = new TableBody(new TableGrid(Rows(3), 1), header, StructNode.Document(), Factory(), Edges.All(2));
        Assert.Equal(4, body.Count);
        Assert.Equal([(0, 0), (1, 1), (2, 2), (3, 3)], body.Bands);
        Assert.Equal((-1, "Head"), (body[0].Index, body[0].FirstWords));
        Assert.Equal([(0, "row 0"), (1, "row 1"), (2, "row 2")], Enumerable.Range(1, 3).Select(r => (body[r].Index, body[r].FirstWords)));
    }

    private static TableBody BodyOf(int rows) =>
        new(new TableGrid(Rows(rows), 1), null, StructNode.Document(), Factory(), Edges.All(2));

    private static List<TableRow> Rows(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new TableRow([new TableCell(new Paragraph($"row {i}"))]))];

    private static NodeFactory Factory() =>
        new(new LayoutContext(new FixedMetrics(), MissingGlyphPolicy.Error, 700, new HeadingCatalog(_ => { }), new WarningSink(), new ShapingCache(), LayoutLimits.Default));
}
