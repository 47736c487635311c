using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Tests.Demo;
using static BriefBuilder.Layout.Tests.Pagination.PageReferencesTests;
using static BriefBuilder.Layout.Tests.Pagination.PaintingAheadTests;

namespace BriefBuilder.Layout.Tests.Pagination;

/// <summary>A page reference laid out after its anchors (a bibliography's pages of the statements citing a source)
/// prints the pages the pass placed them on, so it needs no pass of its own to learn them; one whose anchors come later
/// prints what the pass before found, as any reference did.</summary>
public class BackReferencesTests
{
    [Fact]
    public void References_back_to_anchors_placed_earlier_print_their_pages_from_the_first_pass_which_settles()
    {
        var layout = DocumentLayout.Run(Documents.Of(
            Place("a"), new PageBreak(), Place("b"), new PageBreak(), Blank(), new PageBreak(), References(["b", "a"])));

        Assert.Equal("1, 2", Printed(layout));
        Assert.Equal(2, layout.Passes); // finding places (and printing those already found), painting
    }

    [Fact]
    public void A_contents_list_with_references_back_is_painted_in_its_second_pass()
    {
        var (finished, streamed) = LaidOutBothWays(Documents.Of(
            new TableOfContents(2, DemoDocument.Body),
            new Heading(1, "First", DemoDocument.Body), Place("a"), new PageBreak(),
            new Heading(1, "Second", DemoDocument.Body), Place("b"), new PageBreak(),
            new Heading(1, "Sources", DemoDocument.Body), References(["a", "b"])));

        Assert.Equal(3, finished.Passes); // the contents' pages, their settling, painting
        Assert.Equal(2, streamed.Passes); // the second pass painted as it settles
        Assert.Equal([1, 2], new[] { "a", "b" }.Select(a => streamed.Anchors[a].Page));
    }

    [Fact]
    public void A_reference_to_an_anchor_above_it_on_its_own_page_and_to_one_after_it_prints_both_pages()
    {
        // The page is measured before it is drawn, so "a" is not placed yet when the reference on its page is made; "z"
        // comes two pages later. Both print what the pass before found, and the layout settles on them.
        var layout = DocumentLayout.Run(Documents.Of(
            Place("a"), References(["z", "a"]), new PageBreak(), Blank(), new PageBreak(), Place("z")));

        Assert.Equal("1, 3", Printed(layout));
        Assert.DoesNotContain(layout.Warnings, w => w.Message.Contains("did not settle", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reference_to_an_anchor_that_lands_nowhere_does_not_hold_the_painting_back()
    {
        var (finished, streamed) = LaidOutBothWays(Documents.Of(
            new TableOfContents(2, DemoDocument.Body),
            new Heading(1, "First", DemoDocument.Body), References(["nowhere"]), new PageBreak(),
            new Heading(1, "Second", DemoDocument.Body)));

        Assert.Contains("–", Printed(finished), StringComparison.Ordinal);
        Assert.Equal(2, streamed.Passes);
    }
}
