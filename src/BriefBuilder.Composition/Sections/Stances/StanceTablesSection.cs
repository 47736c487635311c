using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Stances;

/// <summary>One subsection per stance in the Stances order: marker, label, description, then the stance's table.
/// The institution-by-stance overview comes first when the template asks for it.</summary>
internal static class StanceTablesSection
{
    public const string Kind = "stance-tables";

    public static SectionKind Section { get; } = SectionKind.Of<StanceTablesSpec>(Kind, "Each stance's statements in a table, or in two columns.", StanceTablesSpec.Read, Compose);

    public static Element Compose(BriefContext context, StanceTablesSpec spec)
    {
        var styles = context.Styles;
        var body = new List<Element>();
        if (spec.Overview && context.Selection.Claims.Count > 0)
        {
            body.Add(SectionFrame.Heading(context, 2, context.Labels.InstitutionOverview));
            body.Add(InstitutionOverview.Compose(context));
        }

        if (spec.Columns)
        {
            // The columns fill a page's foot left then right before going on, so they read in order across pages.
            var title = context.Labels.StanceTables;
            return new Section(new Column([SectionFrame.Heading(context, 1, title, AnchorNames.Section(Kind)), StanceColumns.Compose(context, Kind, spec.Text)]), title);
        }

        var common = spec.CommonSourceOnce ? StatementsNote.Sources(context) : new HashSet<string>();
        if (StatementsNote.Note(context, common, spec.Text) is { } note)
        {
            body.Add(note);
        }

        foreach (var stance in context.Selection.Stances)
        {
            var look = context.Palette.Of(stance);
            // The stance's label and description are the workbook's words, tagged in the workbook's language.
            body.Add(SectionFrame.Heading(context, 2, stance.Label, AnchorNames.Stance(stance.Key), workbookText: true));
            var intro = new List<Span>();
            if (!string.IsNullOrWhiteSpace(stance.Description))
            {
                intro.Add(new Span(stance.Description.Trim(), styles.Italic with { Color = styles.Muted }));
            }

            body.Add(new KeepWithNext(new Row(
            [
                new RowCell(new Padding(StanceMarker.Element(look, 9), new Edges(2, 0, 0, 0)), Width.Fixed(9)),
                new RowCell(new Paragraph(intro.Count > 0 ? intro : [new Span(string.Empty, styles.Body)], context.ContentStyle(styles.Paragraph)), Width.Relative(1)),
            ],
                6)));

            var claims = Timeline.TimelineEntries.Chronological(context.Selection.ClaimsOf(stance));
            body.Add(claims.Count == 0
                ? new Paragraph(context.Labels.StanceEmpty, styles.Italic)
                : StanceTable.Compose(context, stance, claims, Kind, spec, common));
        }

        return SectionFrame.Wrap(context, Kind, context.Labels.StanceTables, body);
    }
}
