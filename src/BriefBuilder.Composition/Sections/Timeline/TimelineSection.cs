using BriefBuilder.Composition.Sections.Charts;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>Claims and events in one chronology under year and month headings, with the timeline graphic and its legend above.</summary>
internal static class TimelineSection
{
    public const string Kind = "timeline";

    public static SectionKind Section { get; } = SectionKind.Of<TimelineSpec>(Kind, "Statements and events in date order, with the timeline graphic.", TimelineSpec.Read, Compose);

    public static Element Compose(BriefContext context, TimelineSpec spec)
    {
        var entries = TimelineEntries.Ordered(context.Selection);
        var body = new List<Element>();
        if (entries.Count == 0)
        {
            body.Add(new Paragraph(context.Labels.TimelineEmpty, context.Styles.Italic));
            return SectionFrame.Wrap(context, Kind, context.Labels.Timeline, body);
        }

        if (spec.Graphic && TimelineGraphic.CanDraw(entries))
        {
            var stances = context.Palette.Looks.Where(l => context.Selection.ClaimsOf(l.Stance).Any());
            var drawing = TimelineGraphic.Compose(context, entries, spec.Ids);
            var events = entries.Any(e => e.Event is not null || e.Date is { IsInterval: true });
            List<Element> picture = [drawing.Canvas, Legend.Compose(context, stances, events, drawing.Hollow, entries.Any(e => e.IsUndated), drawing.VagueEnds)];
            if (StatementKey.Compose(context, drawing.Identified) is { } key)
            {
                picture.Add(key);
            }

            body.Add(new KeepTogether(new Column(picture)));
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
            if (yearGroups.Key is null)
            {
                body.AddRange(UndatedGroup(context, yearGroups.Single(), spec, dateWidth));
                continue;
            }

            if (!spec.Compact)
            {
                body.Add(SectionFrame.Heading(context, 2, context.Dates.Year(yearGroups.Key.Value)));
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
        { } month => context.Dates.Month(group.Year!.Value, month),
        null when compact => context.Dates.Year(group.Year!.Value),
        null => context.Labels.TimelineUnplaced,
    };

    // Statements with no date of their own, under a heading of their own after the dated ones and never under a month;
    // a line says so, with the window they fall in when they share one.
    private static IEnumerable<Element> UndatedGroup(BriefContext context, TimelineGroup group, TimelineSpec spec, double dateWidth)
    {
        yield return SectionFrame.Heading(context, 2, context.Labels.UndatedHeading);
        yield return new Paragraph([new Span(UndatedNote.Text(context, group.Entries.Select(e => e.Claim!).ToList()), context.Styles.Italic with { Color = context.Styles.Muted })], context.Styles.Paragraph);
        foreach (var entry in group.Entries)
        {
            yield return TimelineRows.Entry(context, entry, Anchor(context, entry), spec.Compact, spec.Descriptions, dateWidth);
        }
    }

    private static string Anchor(BriefContext context, TimelineEntry entry) => entry.Claim is { } claim
        ? context.ClaimAnchor(Kind, claim.Id)
        : AnchorNames.Event(entry.Event!.Id);
}
