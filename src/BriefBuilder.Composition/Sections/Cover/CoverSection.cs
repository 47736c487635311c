using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Cover;

/// <summary>The title block of page 1: organisation, title, subtitle, author, "As of" date, audience, key figures, disclaimer.</summary>
internal static class CoverSection
{
    public static SectionKind Section { get; } = SectionKind.Of<CoverSpec>("cover", "The title block with key figures, the stance note and the disclaimer.", CoverSpec.Read, Compose);

    public static Element Compose(BriefContext context, CoverSpec spec)
    {
        var brief = context.Dossier.Brief;
        var styles = context.Styles;
        var tight = styles.Tight;
        var blocks = new List<Element>();

        if (!string.IsNullOrWhiteSpace(brief.Organization))
        {
            blocks.Add(new Paragraph([new Span(brief.Organization.Trim(), styles.LabelBold with { Color = styles.Accent })], context.ContentStyle(tight with { SpaceAfter = 6 })));
        }

        blocks.Add(new Paragraph([new Span(context.Title, styles.Title)], context.ContentStyle(new ParagraphStyle(LineHeight: 1.12, SpaceAfter: 4, MinimumOrphanLines: 1, MinimumWidowLines: 1, Balance: true)), IsTitle: true));
        if (!string.IsNullOrWhiteSpace(brief.Subtitle))
        {
            blocks.Add(new Paragraph([new Span(brief.Subtitle.Trim(), styles.Subtitle)], context.ContentStyle(tight with { SpaceAfter = 6 })));
        }

        if (context.Selection.Criteria.Year is { } year)
        {
            blocks.Add(new Paragraph([new Span(TextPattern.Fill(context.Labels.YearInReview, ("year", context.Dates.Year(year))), styles.Subtitle with { Bold = true, Color = styles.Accent })], tight with { SpaceAfter = 6 }));
        }

        blocks.Add(Byline(context, spec));
        blocks.Add(Rule(styles.Accent, 1.2));

        // A summary with an aside prints the key figures and the stance note beside the bottom line instead.
        var aside = context.Template.Sections.Any(s => s is Summary.SummarySpec { Aside: true });
        if (spec.KeyFigures && !aside && context.Selection.Claims.Count > 0)
        {
            blocks.Add(new Paragraph([new Span(KeyFigures.Line(context), styles.Label with { Size = styles.BodySize })], tight with { SpaceBefore = 6, SpaceAfter = 6 }));
            blocks.Add(Rule(styles.Hairline, 0.5));
        }

        // Whatever else the brief shows, it says whose the stance labels are: here, unless its key findings say it.
        if (!aside && !context.Template.Sections.Any(s => s is Findings.KeyFindingsSpec))
        {
            blocks.Add(new Paragraph([.. StanceNote.Spans(context, styles.SmallMuted with { Italic = true })], tight with { SpaceBefore = 5 }));
        }

        // A brief without the notes appendix says in a sentence that the record corrects its sources.
        var corrections = Notes.RecordNote.Corrections(context.Selection);
        if (spec.CorrectionsNote && corrections > 0 && !context.Template.Sections.Any(s => s is Notes.RecordNotesSpec))
        {
            var note = TextPattern.Fill(context.Labels.CorrectionsNote, ("corrections", context.Language.Quantity(corrections, context.Language.Nouns.Correction)));
            blocks.Add(new Paragraph([new Span(note, styles.SmallMuted with { Italic = true })], tight with { SpaceBefore = 3 }));
        }

        if (spec.Disclaimer && !string.IsNullOrWhiteSpace(brief.Disclaimer))
        {
            blocks.Add(new Paragraph([new Span(brief.Disclaimer.Trim(), styles.SmallMuted with { Italic = true })], context.ContentStyle(tight with { SpaceBefore = 5 })));
        }

        return new Section(new Column(blocks), context.Title);
    }

    private static Element Byline(BriefContext context, CoverSpec spec)
    {
        var styles = context.Styles;
        var left = new List<Span>();
        if (!string.IsNullOrWhiteSpace(context.Dossier.Brief.Author))
        {
            left.Add(new Span(context.Dossier.Brief.Author.Trim(), context.ContentText(styles.Label)));
        }

        if (context.Selection.AsOf is { } asOf)
        {
            if (left.Count > 0)
            {
                left.Add(new Span("  ·  ", styles.LabelMuted));
            }

            left.Add(new Span(TextPattern.Fill(context.Labels.AsOf, ("date", context.Dates.Day(asOf))), styles.LabelBold));
        }

        var byline = new Paragraph(left, styles.Tight with { SpaceBefore = 4, SpaceAfter = 6 });
        var audienceText = spec.AudienceIn(context.Language.Code);
        if (string.IsNullOrWhiteSpace(audienceText))
        {
            return byline;
        }

        var audience = new Paragraph([new Span(audienceText.Trim(), styles.LabelMuted with { Italic = true })], styles.Tight with { Alignment = TextAlignment.Right, SpaceBefore = 4, SpaceAfter = 6 });
        // The byline as wide as it needs ("Situation au 15 avril 2024" on one line), the audience in what is left.
        return new Row([new RowCell(byline, Width.Auto), new RowCell(audience, Width.Relative(1))], 12);
    }

    private static Element Rule(Color color, double thickness) =>
        new Box(new Spacer(0), Border: new Border(color, new Edges(thickness, 0, 0, 0)));
}
