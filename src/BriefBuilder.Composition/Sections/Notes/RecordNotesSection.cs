using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Notes;

/// <summary>"Record notes and corrections": for each selected record with a note or a correction, a row of its ID, its
/// name and the note, the correction first and marked as one ("Corrects the source: …"), sheet by sheet.</summary>
internal static class RecordNotesSection
{
    public const string Kind = "record-notes";

    public static SectionKind Section { get; } = SectionKind.Of<RecordNotesSpec>(Kind, "Every note and correction the workbook records on the selected records.", RecordNotesSpec.Read, Compose);

    public static Element Compose(BriefContext context, RecordNotesSpec spec)
    {
        var labels = context.Labels;
        var styles = context.Styles;
        var body = new List<Element>
        {
            new Paragraph([new Span(labels.NotesIntro, styles.Italic with { Color = styles.Muted })], styles.Paragraph),
        };
        var sheets = RecordNote.Of(context);
        if (sheets.Count == 0)
        {
            body.Add(new Paragraph(labels.NotesNone, styles.Italic));
        }

        foreach (var (sheet, notes) in sheets)
        {
            body.Add(SectionFrame.Heading(context, 2, sheet));
            body.Add(Table(context, sheet, notes));
        }

        return SectionFrame.Wrap(context, Kind, labels.RecordNotes, body);
    }

    private static Table Table(BriefContext context, string title, IReadOnlyList<RecordNote> notes)
    {
        var styles = context.Styles;
        var labels = context.Labels;
        TableCell Head(string text) => new(new Paragraph([new Span(text, styles.LabelBold)], styles.Tight), Scope: HeaderScope.Column);
        var rows = notes.Select(note => new TableRow(
        [
            new TableCell(new Paragraph([new Span(note.Id, styles.LabelBold with { Color = styles.Muted })], styles.Tight), Scope: HeaderScope.Row),
            new TableCell(new Paragraph([new Span(note.Name, styles.SmallBold)], context.ContentStyle(styles.Tight))),
            new TableCell(new Paragraph([.. NoteSpans(context, note)], context.ContentStyle(styles.Tight))),
        ])).ToList();
        var caption = new Paragraph([new Span(Localization.TextPattern.Fill(labels.Continued, ("title", title)), styles.Heading3)], styles.Tight with { SpaceAfter = 3 });
        var idWidth = StatementId.ColumnWidth(context, notes.Select(n => n.Id));
        return new Table(
            [Width.Fixed(idWidth), Width.Relative(1.1), Width.Relative(3)],
            [new TableRow([Head(labels.ColumnId), Head(labels.ColumnRecord), Head(labels.ColumnNote)])],
            rows,
            styles.Table,
            caption,
            title);
    }

    private static IEnumerable<Span> NoteSpans(BriefContext context, RecordNote note)
    {
        var styles = context.Styles;
        if (!string.IsNullOrWhiteSpace(note.Correction))
        {
            yield return new Span(context.Labels.CorrectsSource + " ", styles.SmallBold with { Color = styles.Accent });
            yield return new Span(note.Correction.Trim(), styles.Small);
            if (!string.IsNullOrWhiteSpace(note.Note))
            {
                yield return new Span(" ", styles.Small);
            }
        }

        if (!string.IsNullOrWhiteSpace(note.Note))
        {
            yield return new Span(note.Note.Trim(), styles.Small);
        }
    }
}
