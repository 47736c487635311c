using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Notes;

/// <summary>One record's note and correction, with the ID and name it is printed under.</summary>
internal sealed record RecordNote(string Id, string Name, string? Correction, string? Note)
{
    /// <summary>The notes of the selected records, sheet by sheet in workbook order, leaving out records with neither.</summary>
    public static IReadOnlyList<(string Sheet, IReadOnlyList<RecordNote> Notes)> Of(BriefContext context)
    {
        var selection = context.Selection;
        var labels = context.Labels;
        (string, IReadOnlyList<RecordNote>)[] sheets =
        [
            (labels.NotesStatements, [.. selection.Claims.Select(c => new RecordNote(c.Id, Speakers.Names(context, c), c.Correction, c.Notes))]),
            (labels.People, [.. selection.People.Select(p => new RecordNote(p.Id, p.Name, p.Correction, p.Notes))]),
            (labels.Institutions, [.. selection.Institutions.Select(i => new RecordNote(i.Id, i.Name, i.Correction, i.Notes))]),
            (labels.NotesSources, [.. selection.Sources.Select(s => new RecordNote(s.Id, SourceName(s), s.Correction, s.Notes))]),
        ];
        return [.. sheets
            .Select(sheet => (sheet.Item1, (IReadOnlyList<RecordNote>)[.. sheet.Item2.Where(n => !string.IsNullOrWhiteSpace(n.Note) || !string.IsNullOrWhiteSpace(n.Correction))]))
            .Where(sheet => sheet.Item2.Count > 0)];
    }

    /// <summary>How many of the selected records correct their source.</summary>
    public static int Corrections(Filtering.BriefSelection selection) =>
        selection.Claims.Count(c => !string.IsNullOrWhiteSpace(c.Correction))
        + selection.People.Count(p => !string.IsNullOrWhiteSpace(p.Correction))
        + selection.Institutions.Count(i => !string.IsNullOrWhiteSpace(i.Correction))
        + selection.Sources.Count(s => !string.IsNullOrWhiteSpace(s.Correction));

    private static string SourceName(Source source) =>
        source.PlainTitle ?? string.Join("; ", source.Authors.Select(a => a.ToString()));
}
