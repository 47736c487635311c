using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Pdf;

namespace BriefBuilder.Layout.Tests.Pdf;

public class StructureTreeTests
{
    [Fact]
    public void Content_drawn_for_an_element_already_written_is_refused_not_given_a_second_element()
    {
        var tree = new StructureTree(new PdfFile(new MemoryStream()));
        var paragraph = StructNode.Under(StructNode.Document(), "P")!;
        tree.MarkContent(paragraph, 5, []);
        Assert.Null(paragraph.WrittenBy);

        tree.Complete(paragraph);
        Assert.Same(tree, paragraph.WrittenBy);
        var error = Assert.Throws<InvalidOperationException>(() => tree.MarkContent(paragraph, 5, []));
        Assert.Contains("P structure element was drawn after the element was written", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_written_by_a_tree_thrown_away_is_an_element_of_the_tree_that_paints_it_again()
    {
        var paragraph = StructNode.Under(StructNode.Document(), "P")!;
        var thrownAway = new StructureTree(new PdfFile(new MemoryStream()));
        thrownAway.MarkContent(paragraph, 3, []);
        thrownAway.Complete(paragraph);

        var again = new StructureTree(new PdfFile(new MemoryStream()));
        List<int> parents = [];
        again.MarkContent(paragraph, 3, parents);
        again.Complete(paragraph);

        Assert.Single(parents);
        Assert.Same(again, paragraph.WrittenBy);
    }

    [Fact]
    public void A_node_made_again_in_a_later_pass_is_an_element_of_its_own()
    {
        var tree = new StructureTree(new PdfFile(new MemoryStream()));
        var document = StructNode.Document();
        var first = StructNode.Under(document, "P")!;
        List<int> firstParents = [];
        tree.MarkContent(first, 5, firstParents);
        tree.Complete(first);

        // The same paragraph's node as a later pass makes it: a new number, so the writer neither refuses it as written
        // nor takes it for the first one's element.
        var again = StructNode.Under(document, "P")!;
        Assert.NotEqual(first.Number, again.Number);
        List<int> againParents = [];
        tree.MarkContent(again, 5, againParents);
        Assert.NotEqual(firstParents[0], againParents[0]);
    }
}
