using BriefBuilder.Composition.Sections.Charts;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>Claims and events in one chronology under year and month headings, with the timeline graphic and its legend above.</summary>
public static class TimelineSection
{
    public const string Kind = "timeline";

    public static Element Compose(BriefContext context, TimelineSpec spec)
    {
        var entries = TimelineEntries.Ordered(context.Selection);
        var body = new List<Element>();
        if (entries.Count == 0)
        {
            body.Add(new Paragraph(context.Labels.TimelineEmpty, context.Styles.Italic));
            return SectionFrame.Wrap(context, Kind, context.Labels.Timeline, body);
        }

        if (spec.Graphic)
        {
            var stances = context.Palette.Looks.Where(l => context.Selection.ClaimsOf(l.Stance).Any());
            body.Add(new KeepTogether(new Column(
            [
                TimelineGraphic.Compose(context, entries),
                Legend.Compose(context, stances, entries.Any(e => e.Event is not null || e.Date.IsInterval), entries.Any(e => e.IsFuzzy)),
            ])));
        }

        var listed = spec.List switch
        {
            TimelineList.All => entries,
            TimelineList.Events => [.. entries.Where(e => e.Event is not null)],
            _ => [],
        };
        var dateWidth = TimelineRows.DateColumnWidth(context, listed);
        foreach (var yearGroups in TimelineEntries.Grouped(listed).GroupBy(g => g.Year))
        {
            if (!spec.Compact)
            {
                body.Add(SectionFrame.Heading(context, 2, context.Dates.Year(yearGroups.Key)));
            }

            foreach (var group in yearGroups)
            {
                body.Add(SectionFrame.Heading(context, spec.Compact ? 2 : 3, GroupTitle(context, group, spec.Compact)));
                body.AddRange(group.Entries.Select(entry => TimelineRows.Entry(context, entry, Anchor(context, entry), spec.Compact, spec.Descriptions, dateWidth)));
            }
        }

        return SectionFrame.Wrap(context, Kind, context.Labels.Timeline, body);
    }

    private static string GroupTitle(BriefContext context, TimelineGroup group, bool compact) => group.Month switch
    {
        { } month => context.Dates.Month(group.Year, month),
        null when compact => context.Dates.Year(group.Year),
        null => context.Labels.TimelineUnplaced,
    };

    private static string Anchor(BriefContext context, TimelineEntry entry) => entry.Claim is { } claim
        ? context.ClaimAnchor(Kind, claim.Id)
        : AnchorNames.Event(entry.Event!.Id);
}
