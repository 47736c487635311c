using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>Under the timeline graphic of a brief that prints no IDs beside its statements: who made each statement the
/// graphic names by ID ("C04 UNHCR · C11, C12 UN mission"), so a reader of the paper alone can go from a marker to the
/// statement's entry, where the same name stands.</summary>
internal static class StatementKey
{
    public static Paragraph? Compose(BriefContext context, IReadOnlyList<Claim> identified)
    {
        if (context.Template.ShowIds || identified.Count == 0)
        {
            return null;
        }

        var styles = context.Styles;
        var id = styles.Chart with { Bold = true };
        var spans = new List<Span> { new(context.Labels.TimelineKey + " ", id) };
        var byName = StatementId.InOrder(identified.DistinctBy(c => c.Id), c => c.Id).GroupBy(c => Speakers.ShortNames(context, c)).ToList();
        for (var i = 0; i < byName.Count; i++)
        {
            if (i > 0)
            {
                spans.Add(new Span("\u00A0· ", styles.ChartMuted));
            }

            // The IDs kept on the line of the name they lead to.
            spans.Add(new Span(StatementId.Ranges(byName[i].Select(c => c.Id)).Replace(", ", ",\u00A0", StringComparison.Ordinal) + "\u00A0", id));
            spans.Add(new Span(byName[i].Key, styles.Chart));
        }

        return new Paragraph(spans, styles.Tight with { SpaceBefore = 3 });
    }
}
