using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout.Table;
using BriefBuilder.Layout.Tests.Demo;

namespace BriefBuilder.Layout.Tests.Tables;

public class TableTests
{
    [Fact]
    public void Header_repeats_under_a_continued_caption_on_every_page_the_table_reaches()
    {
        var layout = DemoPdf.Layout;
        var pages = layout.Pages.Where(p => p.OfKind("TableRow").Any()).ToList();
        Assert.True(pages.Count >= 3);
        Assert.All(pages, p => Assert.Equal("Date | Speaker | Statement", p.OfKind("TableHeader").Single().Text));
        Assert.All(pages.Skip(1), p =>
        {
            var caption = p.OfKind("Paragraph").First();
            Assert.Equal("A long table (continued)", caption.Text);
            Assert.True(caption.Y < p.OfKind("TableHeader").Single().Y);
        });
    }

    [Fact]
    public void Row_taller_than_a_page_splits_across_pages_and_continues_under_the_header()
    {
        var layout = DemoPdf.Layout;
        var parts = layout.Pages.SelectMany(p => p.OfKind("TableRow").Where(r => r.Text.Contains("Speaker 30 |", StringComparison.Ordinal)).Select(r => (p.Number, r))).ToList();
        Assert.True(parts.Count >= 2);
        Assert.Equal(Enumerable.Range(parts[0].Number, parts.Count), parts.Select(p => p.Number));
        foreach (var (number, row) in parts.Skip(1))
        {
            var header = layout.Pages[number - 1].OfKind("TableHeader").Single();
            Assert.Equal(header.Bottom, row.Y, 1);
        }
    }

    [Fact]
    public void Row_that_fits_a_page_moves_to_the_next_page_whole()
    {
        var layout = DemoPdf.Layout;
        var rows = layout.Pages.SelectMany(p => p.OfKind("TableRow").Select(r => r.Text)).ToList();
        var split = rows.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Contains("| Speaker 30 |", Assert.Single(split), StringComparison.Ordinal);
    }

    [Fact]
    public void Table_parts_never_overrun_the_page_body()
    {
        var layout = DemoPdf.Layout;
        Assert.All(layout.Pages.SelectMany(p => p.OfKind("Table")), t => Assert.True(t.Bottom <= 841.89 - 56.7 + 0.01));
    }

    [Fact]
    public void Cells_take_the_next_free_place_around_row_and_column_spans()
    {
        var p = new TableCell(new Paragraph("x"));
        var grid = new TableGrid(
        [
            new TableRow([p with { RowSpan = 2 }, p with { ColumnSpan = 2 }]),
            new TableRow([p, p]),
            new TableRow([p, p, p]),
        ], 3);
        Assert.Equal([(0, 0, 2, 1), (0, 1, 1, 2)], grid.CellsOf(0).Select(c => (c.Row, c.Column, c.RowSpan, c.ColumnSpan)));
        Assert.Equal([1, 2], grid.CellsOf(1).Select(c => c.Column));
        Assert.Equal([0, 1, 2], grid.CellsOf(2).Select(c => c.Column));
        Assert.Equal([(0, 1), (2, 2)], grid.Bands);
    }

    [Fact]
    public void Table_with_a_row_wider_than_its_columns_is_refused()
    {
        var table = new Table([Width.Auto, Width.Auto], [], [new TableRow([new TableCell(new Paragraph("a")), new TableCell(new Paragraph("b"), ColumnSpan: 2)])]);
        var error = Assert.Throws<ArgumentException>(() => DocumentLayout.Run(Documents.Of(table)));
        Assert.Contains("row 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_with_only_header_rows_prints_its_header_once()
    {
        var table = new Table([Width.Auto, Width.Relative()], [new TableRow([new TableCell(new Paragraph("Date")), new TableCell(new Paragraph("Statement"))])], []);
        var layout = DocumentLayout.Run(Documents.Of(table, new Paragraph("After the table")));
        var page = Assert.Single(layout.Pages);
        Assert.Equal("Date | Statement", Assert.Single(page.OfKind("TableHeader")).Text);
        Assert.Empty(page.OfKind("TableRow"));
        Assert.Contains(page.OfKind("Paragraph"), p => p.Text == "After the table");
    }

    [Fact]
    public void Auto_column_is_as_wide_as_its_widest_date_and_never_wraps_it()
    {
        var layout = DemoPdf.Layout;
        var dates = layout.Pages.SelectMany(p => p.OfKind("Line")).Where(l => l.Text.StartsWith("2023-", StringComparison.Ordinal)).ToList();
        Assert.Equal(70, dates.Count(d => d.Text.Length == 10));
    }
}
