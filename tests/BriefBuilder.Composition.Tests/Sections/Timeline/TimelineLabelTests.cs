using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections.Timeline;

/// <summary>The sample's timeline graphics label every event whole: a long title goes before its bar when that side
/// holds it, never cut with "…".</summary>
public sealed class TimelineLabelTests
{
    [Theory]
    [InlineData("handout", "en")]
    [InlineData("handout", "fr")]
    [InlineData("archival-snapshot", "hy")]
    public void Every_event_is_labelled_whole(string template, string language)
    {
        var brief = SampleBriefs.Compose(template, new BriefOptions(Language: language));
        var graphic = brief.Document!.Body.All<Canvas>().First(c => c.Shapes.OfType<LabelShape>().Count() > 10);

        var labels = graphic.Shapes.OfType<LabelShape>().Select(l => l.Text).ToList();

        Assert.DoesNotContain(labels, l => l.EndsWith('…'));
        Assert.All(brief.Context!.Selection.Events, e => Assert.Contains(e.Title, labels));
    }
}
