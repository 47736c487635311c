using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Tests.Demo;
using static BriefBuilder.Layout.Tests.Pagination.PageReferencesTests;

namespace BriefBuilder.Layout.Tests.Pagination;

/// <summary>A layout written as it is painted may paint a pass before it knows the pass settles: kept when the pass found
/// every page and anchor the pass before found, cut off and painted again when not. Either way the file is the one a
/// finished layout gives.</summary>
public class PaintingAheadTests
{
    [Fact]
    public void A_pass_painted_ahead_that_finds_what_the_pass_before_found_saves_a_pass_and_gives_the_same_file()
    {
        // The list's own length pushes "a" to page 2 in the second pass; the third prints what the second found.
        var document = Documents.Of(
            new Spacer(BodyHeight - 32), Narrow(References(["a", "b", "c"])), Place("a"), Blank(),
            new PageBreak(), Place("b"), new PageBreak(), Blank(), new PageBreak(), Place("c"));

        var finished = DocumentLayout.Run(document);
        var (streamed, layout) = PdfFormat.Default.Render(document);

        Assert.Equal(4, finished.Passes);
        Assert.Equal(3, layout.Passes);
        Assert.Equal(PdfFormat.Default.Render(document, finished), streamed);
    }

    [Fact]
    public void A_table_of_contents_is_painted_in_the_second_pass_when_printing_its_pages_moves_nothing()
    {
        var document = DemoDocument.Build();

        var finished = DocumentLayout.Run(document);
        var (streamed, layout) = PdfFormat.Default.Render(document);

        Assert.Equal(3, finished.Passes);
        Assert.Equal(2, layout.Passes);
        Assert.Equal(PdfFormat.Default.Render(document, finished), streamed);
    }

    [Fact]
    public void A_pass_painted_ahead_that_does_not_settle_is_cut_off_and_the_file_holds_only_the_pass_painted_last()
    {
        // Never settles: each pass's list moves the anchors the next prints (see PageReferencesTests).
        var document = Documents.Of(
            new Spacer(BodyHeight - 32), Narrow(References(["a", "b", "c"])), Place("a"), Blank(),
            new PageBreak(), Place("b"), new PageBreak(), Place("c"));
        var written = new List<int>();

        var finished = DocumentLayout.Run(document);
        var (streamed, layout) = PdfFormat.Default.Render(document, written.Add);

        Assert.Equal(5, layout.Passes);
        Assert.Equal(PdfFormat.Default.Render(document, finished), streamed);
        // The pages of the pass thrown away were written, then counted again from the first for the pass kept.
        Assert.Equal(layout.PageCount, written[^1]);
        Assert.True(written.Count > layout.PageCount, $"pages written: {string.Join(", ", written)}");
    }
}
