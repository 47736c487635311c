using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Stances;

/// <summary>One stance's claims as a table: [ID |] Date | Speaker (role, institution) | Position | Sources, header
/// repeated on continued pages.</summary>
internal static class StanceTable
{
    /// <summary>The table; sources in <paramref name="common"/> are named above it, and a row keeps only its place in them.</summary>
    public static Table Compose(BriefContext context, Stance stance, IReadOnlyList<Claim> claims, string sectionKind, StanceTablesSpec spec, IReadOnlySet<string> common)
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
        var sources = claims.Select(claim => SourceSpans(context, claim, common)).ToList();

        // Named once per row: a speaker's institution may be spelled out at its first use only.
        var speakers = claims.Select(claim => Speakers.Spans(context, claim, styles.SmallBold, styles.Small, shortInstitution: true, roles: compact ? SpeakerRole.WithoutInstitution : SpeakerRole.Always)).ToList();
        var positions = claims.Select(claim => PositionSpans(context, claim, spec)).ToList();
        var rows = claims.Select((claim, index) =>
        {
            var date = new TableCell(new Paragraph([new Span(context.Dates.InTable(claim), styles.Label)], styles.Tight));
            var first = ids
                ? new TableCell(new Anchor(context.ClaimAnchor(sectionKind, claim.Id), StatementId.Paragraph(context, claim)))
                : date with { Content = new Anchor(context.ClaimAnchor(sectionKind, claim.Id), date.Content) };
            List<TableCell> cells = ids ? [first, date] : [first];
            cells.AddRange(
            [
                new TableCell(new Paragraph(speakers[index], context.ContentStyle(styles.Tight))),
                new TableCell(Position(context, positions[index])),
                new TableCell(new Paragraph(sources[index], styles.Tight)),
            ]);
            return new TableRow(cells);
        }).ToList();

        var caption = new Paragraph([new Span(TextPattern.Fill(labels.Continued, ("title", stance.Label)), styles.Heading3)], styles.Tight with { SpaceAfter = 3 });
        var dateWidth = DateColumn.Width(context, claims.Select(context.Dates.InTable), context.ContentWidth * 0.2) + 8;
        var widths = new List<Width>();
        if (ids)
        {
            widths.Add(Width.Fixed(StatementId.ColumnWidth(context, claims)));
        }

        var sourcesWidth = SourcesWidth(context, sources, compact, common);
        var (speaker, position) = compact ? (1.2, 2.6) : (1.3, 2.45);
        var twoColumns = context.ContentWidth - widths.Sum(w => w is FixedWidth f ? f.Points : 0) - dateWidth - (sourcesWidth is FixedWidth fixedSources ? fixedSources.Points : 0);
        if (sourcesWidth is RelativeWidth relativeSources)
        {
            twoColumns *= (speaker + position) / (speaker + position + relativeSources.Weight);
        }

        var sourcesPoints = SourcesPoints(sourcesWidth, twoColumns, speaker + position) - 8;
        var share = SpeakerPositionSplit.Share(context, twoColumns, claims.Count,
            index => new SplitRow(speakers[index], positions[index], Math.Max(context.Widths.Lines(sources[index], sourcesPoints), 1)), speaker / (speaker + position));
        widths.AddRange([Width.Fixed(dateWidth), Width.Relative((speaker + position) * share), Width.Relative((speaker + position) * (1 - share)), sourcesWidth]);
        return new Table(widths, [new TableRow(heads)], rows, styles.Table, caption, stance.Label);
    }

    // Places alone ("para. 9") need a narrower column than full citations: as wide as the widest piece that cannot
    // break ("paras. 36–37", "Bagheri 2023" on one line at best), and never narrower than an eighth of the page.
    private static Width SourcesWidth(BriefContext context, IReadOnlyList<IReadOnlyList<Span>> sources, bool compact, IReadOnlySet<string> common)
    {
        if (common.Count == 0)
        {
            return Width.Relative(compact ? 0.8 : 1.1);
        }

        var widest = sources.Select(spans => context.Widths.Intrinsic(spans).Min)
            .Append(context.Widths.WidestUnbreakable(context.Labels.ColumnSources, context.Styles.LabelBold))
            .Max();
        return Width.Fixed(Math.Ceiling(Math.Max(widest, context.ContentWidth / 8)) + 10);
    }

    private static TableCell Head(BriefContext context, string text) =>
        new(new Paragraph([new Span(text, context.Styles.LabelBold)], context.Styles.Tight), Scope: HeaderScope.Column);

    // The Sources column's width in points, for measuring.
    private static double SourcesPoints(Width width, double twoColumns, double twoWeights) =>
        width is FixedWidth f ? f.Points : twoColumns * ((RelativeWidth)width).Weight / twoWeights;

    // The position cell's paragraphs as spans: the statement, then its quotation when the template shows quotes.
    private static IReadOnlyList<IReadOnlyList<Span>> PositionSpans(BriefContext context, Claim claim, StanceTablesSpec spec)
    {
        IReadOnlyList<Span> summary = [new Span(StatementWords.Of(claim, spec.Text), context.Styles.Small)];
        return !spec.Quotes || string.IsNullOrWhiteSpace(claim.Quote)
            ? [summary]
            : [summary, [new Span(context.Language.Quoted(claim.Quote.Trim()), context.Styles.SmallItalic)]];
    }

    // The position cell: the statement, then its quotation set a little apart.
    private static Element Position(BriefContext context, IReadOnlyList<IReadOnlyList<Span>> spans)
    {
        var summary = new Paragraph(spans[0], context.ContentStyle(context.Styles.Tight));
        return spans.Count == 1
            ? summary
            : new Column([summary, new Paragraph(spans[1], context.ContentStyle(context.Shared.Of(context.Styles.Tight with { SpaceBefore = 3 })))]);
    }

    // Every source the claim cites, each with its own locator; a claim is never printed without its sources.
    // A row citing the common source with no place names it again rather than leave its cell empty.
    private static IReadOnlyList<Span> SourceSpans(BriefContext context, Claim claim, IReadOnlySet<string> common)
    {
        var spans = CitationLinks.Spans(context, claim.Citations, context.Styles.Small, brackets: false, implied: common);
        return spans.Count > 0 ? spans : CitationLinks.Spans(context, claim.Citations, context.Styles.Small, brackets: false);
    }
}
