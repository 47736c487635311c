using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout.Table;

namespace BriefBuilder.Layout.Tests.Tables;

public class TableWidthsTests
{
    [Fact]
    public void A_table_is_sized_once_for_each_width_it_is_offered()
    {
        var table = new Table([Width.Auto], [], [new TableRow([new TableCell(new Paragraph("a"))])]);
        var widths = new TableWidths();
        var sized = 0;
        double[] Resolve() => [++sized];

        var first = widths.For(table, 400, Resolve);
        Assert.Same(first, widths.For(table, 400, Resolve));
        Assert.Equal(1, sized);
        Assert.Equal([2.0], widths.For(table, 300, Resolve));
        Assert.Equal([2.0], widths.For(table, 300, Resolve));

        // An equal table that is another element is sized for itself.
        Assert.Equal([3.0], widths.For(table with { }, 300, Resolve));
    }

    [Fact]
    public void A_table_whose_cells_print_pages_is_sized_in_every_pass()
    {
        var table = new Table([Width.Auto], [], [new TableRow([new TableCell(new PageReferences(["a"], TextStyle.Body))])]);
        var widths = new TableWidths();
        var sized = 0;
        double[] Resolve() => [++sized];

        widths.For(table, 400, Resolve);
        Assert.Equal([2.0], widths.For(table, 400, Resolve));
    }
}
