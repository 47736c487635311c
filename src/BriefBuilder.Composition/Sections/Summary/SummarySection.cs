using BriefBuilder.Composition.Dates;
using BriefBuilder.Composition.Sections.Charts;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Summary;

/// <summary>Bottom line first: the workbook's summary in a box, statements per stance as a chart and as text, the most recent statements.</summary>
internal static class SummarySection
{
    public const string Kind = "summary";

    private const double AsideGap = 16;

    public static SectionKind Section { get; } = SectionKind.Of<SummarySpec>(Kind, "The bottom line, statements by stance and the most recent statements.", SummarySpec.Read, Compose);

    public static Element Compose(BriefContext context, SummarySpec spec)
    {
        var styles = context.Styles;
        var body = new List<Element>();
        var summary = BottomLine(context).ToList();

        // When the box is all the section holds, the section is titled "Bottom line" and the box repeats no label.
        var boxOnly = !spec.Chart && spec.Recent == 0;
        if (summary.Count > 0)
        {
            List<Element> inside = boxOnly ? summary : [new Paragraph([new Span(context.Labels.BottomLine, styles.LabelBold with { Color = styles.Accent })], styles.Tight with { SpaceAfter = 3 }), .. summary];
            var box = new Box(new Padding(new Column(inside), new Edges(boxOnly ? 6 : 8, 10, 4, 10)), styles.Tint, new Border(styles.Accent, new Edges(0, 0, 0, 2.5)));
            body.Add(spec.Aside ? WithAside(context, box) : box);
        }

        if (spec.Chart && context.Selection.Claims.Count > 0)
        {
            body.Add(SectionFrame.Heading(context, 2, context.Labels.StatementsByStance));
            var text = new Paragraph([.. WorkbookWords.Spans(context, StanceCounts.Text(context) + ".", styles.Body, WorkbookWords.StanceLabels(context))], styles.Paragraph);
            var chartWidth = Math.Round(context.ContentWidth * 0.42);
            body.Add(new KeepTogether(new Row([new RowCell(text, Width.Relative(1)), new RowCell(StanceBarChart.Compose(context, chartWidth), Width.Fixed(chartWidth))], 14)));
        }

        if (spec.Recent > 0 && context.Selection.DatedClaims.Any())
        {
            body.Add(SectionFrame.Heading(context, 2, context.Labels.MostRecent));
            var recent = MostRecent(context, spec.Recent);
            var dateWidth = TimelineRows.DateColumnWidth(context, recent);
            body.AddRange(recent.Select(entry => TimelineRows.Entry(context, entry, anchor: null, compact: true, descriptions: false, dateWidth)));
        }

        return SectionFrame.Wrap(context, Kind, boxOnly && summary.Count > 0 ? context.Labels.BottomLine : context.Labels.Summary, body);
    }

    // The box as wide as its text's measure, the key figures and the stance note in the room beside it (a handout's page
    // is too wide for one measure of small text; what would be blank holds what the cover would otherwise print).
    private static Row WithAside(BriefContext context, Box box)
    {
        var styles = context.Styles;
        var aside = new List<Element>();
        if (context.Selection.Claims.Count > 0)
        {
            aside.Add(new Paragraph([new Span(Cover.KeyFigures.Line(context), styles.Label)], styles.Tight with { SpaceAfter = 6 }));
        }

        aside.Add(new Paragraph([.. Cover.StanceNote.Spans(context, styles.SmallMuted with { Italic = true })], styles.Tight));
        return new Row([new RowCell(box, Width.Auto), new RowCell(new Column(aside), Width.Relative(1))], AsideGap);
    }

    /// <summary>The curator's summary when the brief shows the whole record; when a year, an as-of date or a filter
    /// narrows it, sentences computed from the selection instead, so the box never gives other numbers than the brief.</summary>
    public static IEnumerable<Element> BottomLine(BriefContext context) => context.Selection.Criteria.IsEverything
        ? SectionFrame.Prose(context, context.Dossier.Brief.Summary, context.Styles.Body)
        : [new Paragraph([new Span(string.Join(" ", Findings.Findings.BottomLine(context)), context.Styles.Body)], context.Styles.Paragraph)];

    /// <summary>The latest dated claims, newest first (see <see cref="NewestFirst"/>). Undated statements are never
    /// "recent": the record does not say when they were made.</summary>
    public static IReadOnlyList<TimelineEntry> MostRecent(BriefContext context, int count) => [.. NewestFirst(context.Selection.DatedClaims).Take(count)];

    /// <summary>Dated claims newest first by the day they are known to have started; claims with the same date keep
    /// workbook order.</summary>
    public static IEnumerable<TimelineEntry> NewestFirst(IEnumerable<Claim> datedClaims) => datedClaims
        .Select((claim, index) => (Claim: claim, Index: index))
        .OrderByDescending(c => DatePlacement.FirstKnown(c.Claim.Date!))
        .ThenByDescending(c => DatePlacement.LastKnown(c.Claim.Date!))
        .ThenBy(c => c.Index)
        .Select(c => TimelineEntry.Of(c.Claim));
}
