using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Layout.Nodes;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Tests.Text;

/// <summary>A paragraph's units live from its first measure until it is drawn whole, so a long document never holds the
/// units of every paragraph; the lines found stay, so later passes do not shape again, and painting shapes once more.</summary>
public sealed class ShapedTextLifetimeTests
{
    private const string Words = "one two three four five six seven eight nine ten eleven twelve";

    [Fact]
    public void Text_is_shaped_when_first_measured_not_when_its_paragraph_is_made()
    {
        var (text, shaped) = Counted();

        var paragraph = new ParagraphNode(text, null, null, "Paragraph");
        Assert.Equal(0, shaped());

        paragraph.Measure(new Space(100, 500, true));
        Assert.Equal(1, shaped());
    }

    [Fact]
    public void A_dry_pass_after_the_first_reuses_the_lines_and_a_painted_pass_shapes_once_more()
    {
        var (text, shaped) = Counted();
        var paragraph = new ParagraphNode(text, null, null, "Paragraph");
        var space = new Space(100, 500, true);

        paragraph.Draw(new PageCanvas(1, 200, 600, dry: true), 0, 0, space);
        paragraph.Restart();
        paragraph.Draw(new PageCanvas(1, 200, 600, dry: true), 0, 0, space);
        Assert.Equal(1, shaped());

        paragraph.Restart();
        var painted = new PageCanvas(1, 200, 600);
        paragraph.Draw(painted, 0, 0, space);
        Assert.Equal(2, shaped());
        Assert.NotEmpty(painted.Ops);
    }

    [Fact]
    public void Text_shaped_once_and_kept_is_never_let_go()
    {
        var text = FixedShaping.Shape(Words);
        var units = text.Units;

        text.Release();

        Assert.Same(units, text.Units);
    }

    // Text shaped lazily on fixed metrics, and how many times it has been shaped.
    private static (ShapedText Text, Func<int> Shaped) Counted()
    {
        var count = 0;
        var text = new ShapedText([new Span("one two", TextStyle.Body)], _ =>
        {
            count++;
            return FixedShaping.Shape(Words);
        });
        return (text, () => count);
    }
}
