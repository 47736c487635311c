using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Stances;

/// <summary>One stance's claims as a table: [ID |] Date | Speaker (role, institution) | Position | Sources, header
/// repeated on continued pages.</summary>
public static class StanceTable
{
    public static Table Compose(BriefContext context, Stance stance, IReadOnlyList<Claim> claims, string sectionKind, StanceTablesSpec spec)
    {
        var compact = spec.Compact;
        var styles = context.Styles;
        var labels = context.Labels;
        var ids = context.Template.ShowIds;
        var heads = new List<TableCell>();
        if (ids)
        {
            heads.Add(Head(context, labels.ColumnId));
        }

        heads.AddRange([Head(context, labels.ColumnDate), Head(context, labels.ColumnSpeaker), Head(context, labels.ColumnPosition), Head(context, labels.ColumnSources)]);
        var rows = claims.Select(claim =>
        {
            var date = new TableCell(new Paragraph([new Span(context.Dates.Of(claim), styles.Label)], styles.Tight));
            var first = ids
                ? new TableCell(new Anchor(context.ClaimAnchor(sectionKind, claim.Id), StatementId.Paragraph(context, claim)))
                : date with { Content = new Anchor(context.ClaimAnchor(sectionKind, claim.Id), date.Content) };
            List<TableCell> cells = ids ? [first, date] : [first];
            cells.AddRange(
            [
                new TableCell(new Paragraph(Speakers.Spans(context, claim, styles.SmallBold, styles.Small, shortInstitution: true), styles.Tight)),
                new TableCell(Position(context, claim, spec)),
                new TableCell(Sources(context, claim)),
            ]);
            return new TableRow(cells);
        }).ToList();

        var caption = new Paragraph([new Span(TextPattern.Fill(labels.Continued, ("title", stance.Label)), styles.Heading3)], styles.Tight with { SpaceAfter = 3 });
        var dateWidth = DateColumn.Width(context, claims.Select(context.Dates.Of), context.ContentWidth * 0.2) + 8;
        var widths = new List<Width>();
        if (ids)
        {
            widths.Add(Width.Fixed(StatementId.ColumnWidth(context, claims)));
        }

        widths.AddRange([Width.Fixed(dateWidth), Width.Relative(compact ? 1.2 : 1.3), Width.Relative(compact ? 2.6 : 2.45), Width.Relative(compact ? 0.8 : 1.1)]);
        return new Table(widths, [new TableRow(heads)], rows, styles.Table, caption, stance.Label);
    }

    private static TableCell Head(BriefContext context, string text) =>
        new(new Paragraph([new Span(text, context.Styles.LabelBold)], context.Styles.Tight), Scope: HeaderScope.Column);

    private static Element Position(BriefContext context, Claim claim, StanceTablesSpec spec)
    {
        var styles = context.Styles;
        var summary = new Paragraph([new Span(StatementWords.Of(claim, spec.Text), styles.Small)], context.ContentStyle(styles.Tight));
        if (!spec.Quotes || string.IsNullOrWhiteSpace(claim.Quote))
        {
            return summary;
        }

        var quote = new Paragraph([new Span(context.Language.Quoted(claim.Quote.Trim()), styles.SmallItalic)], context.ContentStyle(styles.Tight with { SpaceBefore = 3 }));
        return new Column([summary, quote]);
    }

    // Every source the claim cites, each with its own locator; a claim is never printed without its sources.
    private static Paragraph Sources(BriefContext context, Claim claim) =>
        new(CitationLinks.Spans(context, claim.Citations, context.Styles.Small, brackets: false), context.Styles.Tight);
}
