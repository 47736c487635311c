using System.Runtime.CompilerServices;
using BriefBuilder.Layout.Document;
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
    public void A_paragraph_sizing_a_column_lets_its_units_go_until_it_is_broken_into_lines()
    {
        var (text, shaped) = Counted();
        var paragraph = new ParagraphNode(text, null, null, "Paragraph");

        var (widest, _) = paragraph.IntrinsicWidth();
        Assert.Equal(30, widest); // "eleven", six letters of 5 pt
        Assert.Equal(1, shaped());

        Assert.Equal(widest, paragraph.IntrinsicWidth().Min); // remembered, not shaped again
        Assert.Equal(1, shaped());

        paragraph.Measure(new Space(100, 500, true));
        Assert.Equal(2, shaped());
    }

    [Fact]
    public void Text_shaped_once_and_kept_is_never_let_go()
    {
        var text = FixedShaping.Shape(Words);
        var units = text.Units;

        text.Release();

        Assert.True(units == text.Units, "the same units, in the same memory");
    }

    [Fact]
    public void Units_let_go_are_lent_to_the_next_text_shaped_and_the_first_text_shaped_again_is_the_same()
    {
        var buffers = new ShapingBuffers();
        var first = Borrowing(buffers, Words);
        var before = first.Units.ToArray();
        ref readonly var lent = ref first.Units[0];

        // Buffers are lent in powers of two: the first text's 62 units and the second's 44 both take one of 64.
        first.Release();
        var second = Borrowing(buffers, "a different text, shorter than the first one");

        Assert.True(Unsafe.AreSame(in lent, in second.Units[0]), "the second text is shaped into the memory the first let go");
        Assert.Equal("a different text, shorter than the first one", second.Text);
        Assert.Equal(before, first.Units.ToArray());
        Assert.False(Unsafe.AreSame(in first.Units[0], in second.Units[0]), "the first text shaped again has memory of its own");
    }

    [Fact]
    public void Units_are_only_as_many_as_the_printed_characters_however_large_the_buffer_lent()
    {
        var buffers = new ShapingBuffers();

        // 14 source characters make 13 units (CR LF is one line break) in a buffer of 16.
        var text = Borrowing(buffers, "one\r\ntwo three");

        Assert.Equal(13, text.Units.Length);
        Assert.Equal(UnitKind.ForcedBreak, text.Units[3].Kind);
        Assert.Equal(["one", "two three"], [.. LineBreaker.Break(text, 500, 500).Select(new TextLinePainter(text, ParagraphStyle.Default, null).TextOf)]);
    }

    // Text shaped lazily on fixed metrics with units borrowed from the buffers.
    private static ShapedText Borrowing(ShapingBuffers buffers, string words) =>
        new([new Span(words, TextStyle.Body)], spans => TextShaper.Shape(spans, new FixedMetrics(), MissingGlyphPolicy.Error, _ => { }, buffers: buffers));

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
