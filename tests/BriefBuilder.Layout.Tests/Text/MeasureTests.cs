using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Tests.Text;

/// <summary>A paragraph's measure caps its lines at so many characters of its text's alphabet, whatever width it is
/// offered; a narrower width still wins. On <see cref="FixedMetrics"/> a letter at 10 pt is 5 pt wide, so a measure of 10
/// characters is 50 pt.</summary>
public class MeasureTests
{
    // "aaaa bbbb" is 42.5 pt, within 50; "aaaa bbbb cccc" would be 65 pt.
    [Fact]
    public void Lines_break_at_the_measure_though_the_page_is_wider()
    {
        var paragraph = new Paragraph("aaaa bbbb cccc dddd", TextStyle.Body, new ParagraphStyle(Measure: 10));

        var lines = SquarePage.Lay(paragraph).Pages.Single().OfKind("Line").Select(l => l.Text).ToList();

        Assert.Equal(["aaaa bbbb", "cccc dddd"], lines);
    }

    // At 20 pt a letter is 10 pt wide: a measure of 10 characters is 100 pt, so the lines hold the same words as at
    // 10 pt (a measure of 50 pt would leave one 40 pt word a line).
    [Fact]
    public void The_measure_grows_with_the_size_of_the_text()
    {
        var paragraph = new Paragraph("aaaa bbbb cccc dddd", TextStyle.Body with { Size = 20 }, new ParagraphStyle(Measure: 10));

        var lines = SquarePage.Lay(paragraph).Pages.Single().OfKind("Line").Select(l => l.Text).ToList();

        Assert.Equal(["aaaa bbbb", "cccc dddd"], lines);
    }

    [Fact]
    public void A_narrower_width_than_the_measure_still_wins()
    {
        var cell = new Row([new RowCell(new Paragraph("aaaa bbbb cccc", TextStyle.Body, new ParagraphStyle(Measure: 60)), Width.Fixed(30))]);

        var lines = SquarePage.Lay(cell).Pages.Single().OfKind("Line").Select(l => l.Text).ToList();

        Assert.Equal(["aaaa", "bbbb", "cccc"], lines);
    }
}
