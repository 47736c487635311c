using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>One timeline entry as a row: date label in a fixed column, marker, then speaker, summary and citations.
/// Used by the timeline and by the summary's most recent statements.</summary>
internal static class TimelineRows
{
    private const double MarkerSize = 8;

    /// <summary>An entry's date label: a claim's as <see cref="Dates.DateLabels.Of"/> writes it, an event's date.</summary>
    public static string DateLabel(BriefContext context, TimelineEntry entry) =>
        entry.Claim is { } claim ? context.Dates.Of(claim) : context.Dates.Format(entry.Date!);

    /// <summary>Wide enough for the widest date of these entries on one line (a range may wrap at its dash), within bounds.</summary>
    public static double DateColumnWidth(BriefContext context, IEnumerable<TimelineEntry> entries) =>
        DateColumn.Width(context, entries.Select(e => DateLabel(context, e)), context.ContentWidth * 0.24);

    /// <param name="text">A claim's full summary, or its short form where the brief asks for brevity.</param>
    public static Element Entry(BriefContext context, TimelineEntry entry, string? anchor, bool compact, bool descriptions, double dateWidth, StatementText text = StatementText.Full)
    {
        var styles = context.Styles;
        var date = new Paragraph([new Span(DateLabel(context, entry), styles.Label)], styles.Tight);
        var lineHeight = styles.Label.Size * styles.Tight.LineHeight;
        var marker = new Padding(Marker(context, entry), new Edges(Math.Max(0, (lineHeight - MarkerSize) / 2), 0, 0, 0));
        var content = entry.Claim is { } claim
            ? ClaimContent(context, claim, compact, text)
            : EventContent(context, entry.Event!, compact, descriptions);
        Element row = new Row(
        [
            new RowCell(date, Width.Fixed(dateWidth)),
            new RowCell(marker, Width.Fixed(MarkerSize)),
            new RowCell(content, Width.Relative(1)),
        ],
            7);
        row = new Padding(row, new Edges(0, 0, compact ? 3 : 6, 0));
        return new KeepTogether(anchor is null ? row : new Anchor(anchor, row));
    }

    private static Canvas Marker(BriefContext context, TimelineEntry entry) => entry.Claim is { } claim
        ? StanceMarker.Element(context.Palette.Of(claim.StanceKey), MarkerSize, entry.IsFuzzy || entry.IsUndated)
        : EventMarker.Element(MarkerSize, context.Styles.Muted, entry.IsFuzzy, context.Labels.LegendEvent);

    // "C03 · Name, role, institution", then the statement and its citations; the ID only when the template shows IDs.
    private static Element ClaimContent(BriefContext context, Claim claim, bool compact, StatementText text)
    {
        var styles = context.Styles;
        var citations = CitationLinks.Spans(context, claim.Citations, styles.Small);
        var words = StatementWords.Of(claim, text);
        if (compact)
        {
            var spans = new List<Span>(IdPrefix(context, claim.Id));
            spans.AddRange(Speakers.Spans(context, claim, context.ContentText(styles.SmallBold), context.ContentText(styles.Small), shortInstitution: true));
            spans.Add(new Span(context.Language.Pack.Colon, styles.Small));
            spans.Add(new Span(words, context.ContentText(styles.Small)));
            if (citations.Count > 0)
            {
                spans.Add(new Span(" ", styles.Small));
                spans.AddRange(citations);
            }

            return new Paragraph(spans, styles.Tight);
        }

        var summary = new List<Span> { new(words, styles.Body) };
        if (citations.Count > 0)
        {
            summary.Add(new Span(" ", styles.Body));
            summary.AddRange(citations);
        }

        var speaker = new List<Span>(IdPrefix(context, claim.Id));
        speaker.AddRange(Speakers.Spans(context, claim, context.ContentText(styles.LabelBold), context.ContentText(styles.Label)));
        return new Column(
        [
            new Paragraph(speaker, styles.Tight with { SpaceAfter = 1.5 }),
            new Paragraph(summary, context.ContentStyle(styles.Tight)),
        ]);
    }

    private static IEnumerable<Span> IdPrefix(BriefContext context, string id) => context.Template.ShowIds
        ? [StatementId.Span(context, id), new Span(" · ", context.Styles.LabelMuted)]
        : [];

    private static Element EventContent(BriefContext context, Event record, bool compact, bool descriptions)
    {
        var styles = context.Styles;
        // The description is never larger than the title it follows (the title is set in the small label size).
        var text = styles.Small;
        var spans = new List<Span>(IdPrefix(context, record.Id)) { new(record.Title.Trim(), compact ? styles.SmallBold : styles.LabelBold) };
        if (descriptions && !string.IsNullOrWhiteSpace(record.Description))
        {
            var title = record.Title.Trim();
            spans.Add(new Span(compact ? context.Language.Pack.Colon : title.Length > 0 && ".!?".Contains(title[^1]) ? " " : ". ", text));
            spans.Add(new Span(record.Description.Trim(), text with { Color = styles.Muted }));
        }

        var citations = CitationLinks.Spans(context, record.Citations, styles.Small);
        if (citations.Count > 0)
        {
            spans.Add(new Span(" ", text));
            spans.AddRange(citations);
        }

        return new Paragraph(spans, context.ContentStyle(styles.Tight));
    }
}
