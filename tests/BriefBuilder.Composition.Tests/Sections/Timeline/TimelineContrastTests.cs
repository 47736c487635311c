using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections.Timeline;

/// <summary>The sample handout's timeline graphic read for print: every line and outline at 3:1 against the paper at
/// least (WCAG 2.1, 1.4.11, computed from relative luminance), and the stances' marks and the events' bars apart in
/// greyscale.</summary>
public sealed class TimelineContrastTests
{
    [Fact]
    public void Every_outline_and_line_of_the_graphic_reaches_three_to_one()
    {
        var strokes = Graphic().Shapes.Select(Stroke).OfType<Stroke>().ToList();

        Assert.NotEmpty(strokes);
        Assert.All(strokes, s => Assert.True(Contrast.AgainstWhite(s.Color) >= 3, $"{s.Color} is {Contrast.AgainstWhite(s.Color):0.0}:1"));
    }

    [Fact]
    public void Stances_and_events_print_as_different_greys()
    {
        var context = SampleBriefs.Compose("handout").Context!;
        var events = Graphic().Shapes.OfType<RectangleShape>().Where(r => r.Stroke is { } s && s.Color == Contrast.Edge(context.Styles.Muted)).ToList();

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

    private static Canvas Graphic() =>
        SampleBriefs.Compose("handout").Document!.Body.All<Canvas>().Single(c => c.AltText.StartsWith("Timeline", StringComparison.Ordinal));

    private static Stroke? Stroke(Shape shape) => shape switch
    {
        LineShape line => line.Stroke,
        RectangleShape rectangle => rectangle.Stroke,
        EllipseShape ellipse => ellipse.Stroke,
        PolygonShape polygon => polygon.Stroke,
        _ => null,
    };
}
