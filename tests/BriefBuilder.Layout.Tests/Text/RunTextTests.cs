using System.Runtime.InteropServices;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Tests.Text;

public class RunTextTests
{
    private const string Paragraph = "hy\u00ADphen at\u2009end";

    [Fact]
    public void Characters_that_follow_one_another_are_a_slice_of_the_paragraph()
    {
        var gathered = new RunText(Paragraph);
        gathered.Add(3, 1);
        gathered.Add(4, 3);
        gathered.Add(' ');

        var text = gathered.Take();

        Assert.Equal("phen ", text.ToString());
        Assert.True(MemoryMarshal.TryGetString(text, out var source, out var start, out _));
        Assert.Same(Paragraph, source);
        Assert.Equal(3, start);
    }

    [Fact]
    public void A_unit_left_out_splices_the_text()
    {
        var gathered = new RunText(Paragraph);
        gathered.Add(0, 2);
        gathered.Add(3, 4);

        Assert.Equal("hyphen", gathered.Take().ToString());
    }

    [Theory]
    [InlineData(0, 2, '-', "hy-")] // the hyphen of a break, where the paragraph has a soft hyphen
    [InlineData(8, 2, ' ', "at ")] // the space kept at a line's end, where the paragraph has a thin space
    public void A_character_the_paragraph_does_not_have_next_splices_the_text(int start, int length, char added, string expected)
    {
        var gathered = new RunText(Paragraph);
        gathered.Add(start, length);
        gathered.Add(added);

        Assert.Equal(expected, gathered.Take().ToString());
    }

    [Fact]
    public void Taking_the_text_starts_the_next_run_empty()
    {
        var gathered = new RunText(Paragraph);
        gathered.Add(0, 2);
        gathered.Add('-');
        gathered.Take();

        gathered.Add(11, 3);

        Assert.Equal("end", gathered.Take().ToString());
        Assert.True(gathered.Take().IsEmpty);
    }
}
