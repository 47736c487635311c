using System.Globalization;
using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Results;
using BriefBuilder.Layout.Tests.Demo;

namespace BriefBuilder.Layout.Tests.Pagination;

public class PageReferencesTests
{
    // The A4 body is 841.89 - 2 x 56.7 points tall; a line of 10-point text takes 13.
    internal const double BodyHeight = 841.89 - (2 * 56.7);

    [Fact]
    public void Page_references_print_the_pages_their_anchors_landed_on_in_ascending_order()
    {
        var layout = DocumentLayout.Run(Documents.Of(
            References(["c", "a", "b"]),
            Place("a"), new PageBreak(), Place("b"), new PageBreak(), Blank(), new PageBreak(), Blank(), new PageBreak(), Place("c")));

        Assert.Equal([1, 2, 5], new[] { "a", "b", "c" }.Select(a => layout.Anchors[a].Page));
        Assert.Equal("1, 2, 5", Printed(layout));
    }

    [Fact]
    public void Three_or_more_consecutive_pages_read_as_a_range_linked_to_the_first_named_anchor_on_its_first_page()
    {
        var layout = DocumentLayout.Run(Documents.Of(
            References(["b", "a", "c", "d", "e"]),
            Place("a"), Place("b"), new PageBreak(), Place("c"), new PageBreak(), Place("d"), new PageBreak(), Blank(), new PageBreak(), Place("e")));

        Assert.Equal("1–3, 5", Printed(layout));
        Assert.Equal([("1–3", "b"), ("5", "e")], Links(layout));
    }

    [Fact]
    public void Each_printed_number_links_to_an_anchor_on_the_page_it_names()
    {
        var layout = DocumentLayout.Run(Documents.Of(
            References(["a", "b", "c"]),
            Place("a"), new PageBreak(), Blank(), new PageBreak(), Place("b"), new PageBreak(), Place("c")));

        var links = Links(layout);
        Assert.Equal(["1", "3", "4"], links.Select(l => l.Text));
        Assert.All(links, l => Assert.Equal(int.Parse(l.Text, CultureInfo.InvariantCulture), layout.Anchors[l.Anchor].Page));
    }

    [Fact]
    public void Anchors_that_never_land_leave_a_dash()
    {
        var layout = DocumentLayout.Run(Documents.Of(References(["nowhere"]), Blank()));

        Assert.Equal("–", Printed(layout));
        Assert.Empty(Links(layout));
    }

    [Fact]
    public void Page_numbers_group_their_digits_with_the_separator_given()
    {
        var pages = new List<Element> { References(["first", "late"], groupSeparator: "\u202F"), Place("first") };
        for (var page = 2; page <= 1_000; page++)
        {
            pages.Add(new PageBreak());
            pages.Add(page == 1_000 ? Place("late") : Blank());
        }

        var layout = DocumentLayout.Run(Documents.Of(new Column(pages)));

        Assert.Equal(1_000, layout.Anchors["late"].Page);
        Assert.Equal("1, 1\u202F000", Printed(layout));
    }

    [Fact]
    public void Page_references_settle_when_their_own_length_pushes_an_anchor_to_a_later_page()
    {
        // Room for a one-line list and the anchor's line at the foot of page 1, not for a two-line list: the dash of the
        // first pass leaves "a" on page 1; printing "1, 3, 5" in the narrow cell takes two lines and pushes it to page 2.
        var layout = DocumentLayout.Run(Documents.Of(
            new Spacer(BodyHeight - 32), Narrow(References(["a", "b", "c"])), Place("a"), Blank(),
            new PageBreak(), Place("b"), new PageBreak(), Blank(), new PageBreak(), Place("c")));

        Assert.Equal(2, layout.Anchors["a"].Page);
        Assert.Equal("2, 3, 5", Printed(layout));
        Assert.Equal(4, layout.Passes); // placing, pushing, settling, painting
        Assert.DoesNotContain(layout.Warnings, w => w.Message.Contains("did not settle", StringComparison.Ordinal));
    }

    [Fact]
    public void Page_references_that_never_settle_stop_at_the_pass_limit_with_a_warning()
    {
        // "a" on page 1 prints "1, 3, 4" (two lines, pushing "a" to page 2); on page 2 it prints "2–4" (one line, letting
        // it back to page 1): the pages printed never hold.
        var layout = DocumentLayout.Run(Documents.Of(
            new Spacer(BodyHeight - 32), Narrow(References(["a", "b", "c"])), Place("a"), Blank(),
            new PageBreak(), Place("b"), new PageBreak(), Place("c")));

        Assert.Equal(5, layout.Passes);
        Assert.Contains(layout.Warnings, w => w.Message.Contains("did not settle after 5 layout passes", StringComparison.Ordinal));
    }

    [Fact]
    public void Page_references_in_a_table_cell_print_like_its_other_text()
    {
        var table = new Table(
            [Width.Relative(), Width.Relative()],
            [],
            [new TableRow([new TableCell(new Paragraph("Alpha", DemoDocument.Body)), new TableCell(References(["a"]))])]);
        var layout = DocumentLayout.Run(Documents.Of(table, new PageBreak(), Place("a")));

        Assert.Equal("Alpha | 2", Assert.Single(layout.Pages[0].OfKind("TableRow")).Text);
        Assert.Equal([("2", "a")], Links(layout));
    }

    internal static PageReferences References(IReadOnlyList<string> anchors, string groupSeparator = "") =>
        new(anchors, DemoDocument.Body, DemoDocument.LinkStyle, null, groupSeparator);

    internal static Row Narrow(Element content) => new([new RowCell(content, Width.Fixed(24))]);

    internal static Anchor Place(string name) => new(name, new Paragraph($"Place {name}.", DemoDocument.Body));

    internal static Paragraph Blank() => new("Nothing referred to here.", DemoDocument.Body);

    // The page references' text as laid out: their lines on the first page, in order.
    internal static string Printed(LayoutResult layout) =>
        string.Join(" ", layout.Pages.SelectMany(p => p.OfKind("Line")).Where(l => !l.Text.StartsWith("Place", StringComparison.Ordinal) && !l.Text.StartsWith("Nothing", StringComparison.Ordinal))
            .Select(l => l.Text.Trim()));

    private static List<(string Text, string Anchor)> Links(LayoutResult layout) =>
        [.. layout.Canvases.SelectMany(c => c.Ops).OfType<LinkOp>().Select(l => (l.Description, ((InternalLink)l.Target).AnchorName))];
}
