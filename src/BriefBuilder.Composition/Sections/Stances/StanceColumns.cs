using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Stances;

/// <summary>Every stance's claims as short entries ("Name, institution (date): summary (citation)") under the stance's
/// marker and label, flowing in two columns of about equal height, as a handout wants (BRIEF-DESIGN: two columns).</summary>
internal static class StanceColumns
{
    private const double Gap = 16;
    private const double EntrySpacing = 3;

    public static Element Compose(BriefContext context, string sectionKind, StatementText text)
    {
        var common = StatementsNote.Sources(context);
        var blocks = new List<ColumnBlock>();
        foreach (var stance in context.Selection.Stances)
        {
            var continued = ContinuedTitle(context, stance);
            var claims = Timeline.TimelineEntries.Chronological(context.Selection.ClaimsOf(stance));
            blocks.Add(new ColumnBlock(Title(context, stance, claims.Count)));
            if (claims.Count == 0)
            {
                blocks.Add(new ColumnBlock(new Paragraph(context.Labels.StanceEmpty, context.Styles.SmallItalic)));
            }

            // Claims sharing a date label (often "undated") are listed under it once rather than each repeating it.
            foreach (var run in Runs(context, claims))
            {
                var shared = run.Count > 1 ? run[0].Label : null;
                var head = continued;
                if (shared is not null)
                {
                    blocks.Add(new ColumnBlock(DateLine(context, shared), continued));
                    head = new Column([continued, DateLine(context, shared)]);
                }

                // A column going on with a stance (and perhaps a shared date) begun in the column before says so again.
                foreach (var (claim, dateLabel) in run)
                {
                    var spans = Spans(context, claim, text, common, shared is null ? dateLabel : null);
                    blocks.Add(new ColumnBlock(Entry(context, claim, sectionKind, spans), head));
                }
            }
        }

        var columns = new MultiColumn(blocks, 2, Gap, EntrySpacing);
        return StatementsNote.Note(context, common, text) is { } note ? new Column([note, columns]) : columns;
    }

    // A lighter line than the stance's own title: marker and "Label (continued)".
    private static Element ContinuedTitle(BriefContext context, Stance stance) => new KeepWithNext(new Row(
    [
        new RowCell(new Padding(StanceMarker.Element(context.Palette.Of(stance), 8), new Edges(5.5, 0, 0, 0)), Width.Fixed(8)),
        new RowCell(new Paragraph([.. WorkbookWords.Spans(context, TextPattern.Fill(context.Labels.Continued, ("title", stance.Label)), context.Styles.LabelMuted with { Bold = true }, [stance.Label])], context.Styles.Tight with { SpaceBefore = 4 }), Width.Relative(1)),
    ],
        5));

    private static Element DateLine(BriefContext context, string label) =>
        new KeepWithNext(new Paragraph([new Span(label, context.Styles.LabelMuted)], context.Styles.Tight));

    // The stance's marker, label and how many statements it has: "Skeptical · 12 statements".
    private static Element Title(BriefContext context, Stance stance, int count)
    {
        var look = context.Palette.Of(stance);
        var heading = context.Styles.LabelBold with { Size = context.Styles.Heading3.Size };
        Span[] text = [new(stance.Label, context.ContentText(heading)), new(" · " + context.Language.Quantity(count, context.Language.Nouns.Statement), heading with { Bold = false, Color = context.Styles.Muted })];
        var title = new Row(
        [
            new RowCell(new Padding(StanceMarker.Element(look, 9), new Edges(2, 0, 0, 0)), Width.Fixed(9)),
            new RowCell(new Paragraph(text, context.Styles.Tight), Width.Relative(1)),
        ],
            5);
        return new KeepWithNext(new Box(new Padding(title, new Edges(4, 0, 3, 0)), Border: new Border(look.Color, new Edges(0, 0, 1.5, 0))));
    }

    private static List<List<(Claim Claim, string Label)>> Runs(BriefContext context, IEnumerable<Claim> claims)
    {
        var runs = new List<List<(Claim Claim, string Label)>>();
        foreach (var claim in claims)
        {
            var label = context.Dates.Of(claim);
            if (runs.Count > 0 && runs[^1][0].Label == label)
            {
                runs[^1].Add((claim, label));
            }
            else
            {
                runs.Add([(claim, label)]);
            }
        }

        return runs;
    }

    // "[ID] Name, institution · date: summary (citation)"; roles are left to fuller briefs; no date under a shared date
    // line. The ID when the template shows IDs, so one named in the timeline graphic can be found on paper.
    private static List<Span> Spans(BriefContext context, Claim claim, StatementText text, IReadOnlySet<string> common, string? dateLabel)
    {
        var styles = context.Styles;
        List<Span> spans = context.Template.ShowIds ? [StatementId.Span(context, claim.Id), new Span("\u00A0", styles.Small)] : [];
        spans.AddRange(Speakers.Spans(context, claim, context.ContentText(styles.SmallBold), context.ContentText(styles.Small), shortInstitution: true, roles: SpeakerRole.Never));
        spans.Add(new Span(dateLabel is null ? context.Language.Pack.Colon : " · " + dateLabel + context.Language.Pack.Colon, styles.SmallMuted));
        spans.Add(new Span(StatementWords.Of(claim, text), context.ContentText(styles.Small)));
        var citations = CitationLinks.Spans(context, claim.Citations, styles.Small, implied: common);
        if (citations.Count > 0)
        {
            spans.Add(new Span(" ", styles.Small));
            spans.AddRange(citations);
        }

        return spans;
    }

    private static Element Entry(BriefContext context, Claim claim, string sectionKind, List<Span> spans) =>
        new KeepTogether(new Anchor(context.ClaimAnchor(sectionKind, claim.Id), new Paragraph(spans, context.Styles.Tight)));
}
