using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Results;
using BriefBuilder.Layout.Tests.Demo;
using static BriefBuilder.Layout.Tests.Pagination.PageReferencesTests;

namespace BriefBuilder.Layout.Tests.Pagination;

/// <summary>A layout written as it is painted may paint a pass before it knows the pass settles: kept when the pass found
/// every page and anchor the pass before found, cut off and painted again when not. Either way the file is the one a
/// finished layout gives.</summary>
public class PaintingAheadTests
{
    [Fact]
    public void A_pass_painted_ahead_that_finds_what_the_pass_before_found_saves_a_pass()
    {
        // The list's own length pushes "a" to page 2 in the second pass; the third prints what the second found.
        var (finished, streamed) = LaidOutBothWays(Documents.Of(
            new Spacer(BodyHeight - 32), Narrow(References(["a", "b", "c"])), Place("a"), Blank(),
            new PageBreak(), Place("b"), new PageBreak(), Blank(), new PageBreak(), Place("c")));

        Assert.Equal(4, finished.Passes);
        Assert.Equal(3, streamed.Passes);
    }

    [Fact]
    public void A_table_of_contents_is_painted_in_the_second_pass_when_printing_its_pages_moves_nothing()
    {
        var (finished, streamed) = LaidOutBothWays(DemoDocument.Build());

        Assert.Equal(3, finished.Passes);
        Assert.Equal(2, streamed.Passes);
    }

    [Fact]
    public void A_pass_painted_ahead_that_does_not_settle_is_cut_off_and_the_file_holds_only_the_pass_painted_last()
    {
        // Never settles: each pass's list moves the anchors the next prints (see PageReferencesTests).
        var written = new List<int>();

        var (_, streamed) = LaidOutBothWays(Documents.Of(
            new Spacer(BodyHeight - 32), Narrow(References(["a", "b", "c"])), Place("a"), Blank(),
            new PageBreak(), Place("b"), new PageBreak(), Place("c")), written.Add);

        Assert.Equal(5, streamed.Passes);
        // The pages of the pass thrown away were written, then counted again from the first for the pass kept.
        Assert.Equal(streamed.PageCount, written[^1]);
        Assert.True(written.Count > streamed.PageCount, $"pages written: {string.Join(", ", written)}");
    }

    // Lays the document out alone and as it is written, and checks that both give the same file.
    internal static (LayoutResult Finished, LayoutResult Streamed) LaidOutBothWays(Document.Document document, Action<int>? written = null)
    {
        var finished = DocumentLayout.Run(document);
        var (file, streamed) = PdfFormat.Default.Render(document, written);
        Assert.Equal(PdfFormat.Default.Render(document, finished), file);
        return (finished, streamed);
    }
}
