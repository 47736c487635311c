using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections.Timeline;

/// <summary>The sample's timeline graphic in every template that draws it, read for print: every line and outline at 3:1
/// against the paper at least (WCAG 2.1, 1.4.11, computed from relative luminance), every label at 4.5:1, and the
/// stances' marks and the events' bars apart in greyscale.</summary>
public sealed class TimelineContrastTests
{
    [Theory]
    [InlineData("handout")]
    [InlineData("legislative-brief")]
    [InlineData("archival-snapshot")]
    public void Every_outline_and_line_of_the_graphic_reaches_three_to_one(string template)
    {
        var strokes = Graphic(template).Shapes.Select(Stroke).OfType<Stroke>().ToList();

        Assert.NotEmpty(strokes);
        Assert.All(strokes, s => Assert.True(Contrast.AgainstWhite(s.Color) >= 3, $"{s.Color} is {Contrast.AgainstWhite(s.Color):0.0}:1"));
    }

    [Theory]
    [InlineData("handout")]
    [InlineData("legislative-brief")]
    [InlineData("archival-snapshot")]
    public void Stances_and_events_print_as_different_greys(string template)
    {
        var context = SampleBriefs.Compose(template).Context!;
        var events = Graphic(template).Shapes.OfType<RectangleShape>().Where(r => r.Stroke is { } s && s.Color == Contrast.Edge(context.Styles.Muted)).ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(Color.White, e.Fill));
        var greys = context.Palette.Looks.Select(l => Contrast.RelativeLuminance(l.Color)).Append(Contrast.RelativeLuminance(Color.White)).ToList();
        for (var i = 0; i < greys.Count; i++)
        {
            for (var j = i + 1; j < greys.Count; j++)
            {
                Assert.True(Math.Abs(greys[i] - greys[j]) >= 0.1, $"greys {greys[i]:0.00} and {greys[j]:0.00} are too close");
            }
        }
    }

    [Theory]
    [InlineData("archival-snapshot")]
    [InlineData("legislative-brief")]
    public void Every_label_and_id_in_the_graphic_reads_at_four_and_a_half_to_one(string template)
    {
        var labels = Graphic(template).Shapes.OfType<LabelShape>().ToList();

        Assert.Contains(labels, l => l.Text == "C04");
        Assert.All(labels, l => Assert.True(Contrast.AgainstWhite(l.Style.Color) >= 4.5, $"{l.Text}: {Contrast.AgainstWhite(l.Style.Color):0.0}:1"));
    }

    private static Canvas Graphic(string template) =>
        SampleBriefs.Compose(template).Document!.Body.All<Canvas>().Single(c => c.AltText.StartsWith("Timeline", StringComparison.Ordinal));

    private static Stroke? Stroke(Shape shape) => shape switch
    {
        LineShape line => line.Stroke,
        RectangleShape rectangle => rectangle.Stroke,
        EllipseShape ellipse => ellipse.Stroke,
        PolygonShape polygon => polygon.Stroke,
        _ => null,
    };
}
