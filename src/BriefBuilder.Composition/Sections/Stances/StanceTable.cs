using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Stances;

/// <summary>One stance's claims as a table: Date | Speaker (role, institution) | Position | Sources, header repeated on continued pages.</summary>
public static class StanceTable
{
    public static Table Compose(BriefContext context, Stance stance, IReadOnlyList<Claim> claims, string sectionKind, StanceTablesSpec spec)
    {
        var compact = spec.Compact;
        var styles = context.Styles;
        var labels = context.Labels;
        var header = new TableRow(
        [
            Head(context, labels.ColumnDate),
            Head(context, labels.ColumnSpeaker),
            Head(context, labels.ColumnPosition),
            Head(context, labels.ColumnSources),
        ]);
        var rows = claims.Select(claim => new TableRow(
        [
            new TableCell(new Anchor(context.ClaimAnchor(sectionKind, claim.Id), new Paragraph([new Span(context.Dates.Format(claim.Date, claim.DisplayDate), styles.Label)], styles.Tight))),
            new TableCell(new Paragraph(Speakers.Spans(context, claim, styles.SmallBold, styles.Small, shortInstitution: true), styles.Tight)),
            new TableCell(Position(context, claim, spec)),
            new TableCell(Sources(context, claim)),
        ])).ToList();

        var caption = new Paragraph([new Span(TextPattern.Fill(labels.Continued, ("title", stance.Label)), styles.Heading3)], styles.Tight with { SpaceAfter = 3 });
        var dateWidth = DateColumn.Width(context, claims.Select(c => context.Dates.Format(c.Date, c.DisplayDate)), context.ContentWidth * 0.2) + 8;
        return new Table(
            [Width.Fixed(dateWidth), Width.Relative(compact ? 1.2 : 1.3), Width.Relative(compact ? 2.6 : 2.45), Width.Relative(compact ? 0.8 : 1.1)],
            [header],
            rows,
            styles.Table,
            caption,
            stance.Label);
    }

    private static TableCell Head(BriefContext context, string text) =>
        new(new Paragraph([new Span(text, context.Styles.LabelBold)], context.Styles.Tight), Scope: HeaderScope.Column);

    private static Element Position(BriefContext context, Claim claim, StanceTablesSpec spec)
    {
        var styles = context.Styles;
        var summary = new Paragraph([new Span(Abridged.Text(claim.Summary, spec.SummaryLength), styles.Small)], context.ContentStyle(styles.Tight));
        if (!spec.Quotes || string.IsNullOrWhiteSpace(claim.Quote))
        {
            return summary;
        }

        var quote = new Paragraph([new Span(context.Language.Quoted(claim.Quote.Trim()), styles.SmallItalic)], context.ContentStyle(styles.Tight with { SpaceBefore = 3 }));
        return new Column([summary, quote]);
    }

    private static Element Sources(BriefContext context, Claim claim)
    {
        var styles = context.Styles;
        var spans = CitationLinks.Spans(context, claim.SourceIds, styles.Small, brackets: false).ToList();
        if (spans.Count > 0 && !string.IsNullOrWhiteSpace(claim.Locator))
        {
            spans.Add(new Span(", " + Locator.InLanguage(claim.Locator, context.Language), styles.Small));
        }

        return new Paragraph(spans.Count > 0 ? spans : [new Span("–", styles.SmallMuted)], styles.Tight);
    }
}
