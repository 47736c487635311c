using BriefBuilder.Composition.Archive;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Styling;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Provenance;

/// <summary>How the brief was made: the coding note, the as-of date, the selection, counts, the workbook and its SHA-256,
/// the template, the language, the tool version and the build's fingerprint.</summary>
internal static class ProvenanceSection
{
    public const string Kind = "provenance";

    public static SectionKind Section { get; } = SectionKind.Of<ProvenanceSpec>(Kind, "How the brief was made: selection, counts, hashes, versions.", ProvenanceSpec.Read, Compose);

    public static Element Compose(BriefContext context, ProvenanceSpec spec)
    {
        var labels = context.Labels;
        var styles = context.Styles;
        var inputs = context.Inputs;
        var body = new List<Element>();
        if (!string.IsNullOrWhiteSpace(context.Dossier.Brief.CodingNote))
        {
            body.Add(SectionFrame.Heading(context, 2, labels.CodingNote));
            body.AddRange(SectionFrame.Prose(context, context.Dossier.Brief.CodingNote, styles.Body));
        }

        var hash = styles.Furniture with { Color = BriefStyles.Ink };
        var rows = new List<(string Label, Element Value)>
        {
            (labels.AsOfDate, Text(context, context.Selection.AsOf is { } day ? context.Dates.Day(day) : "–")),
            (labels.Filters, new Column([.. Selection(context).Select(line => Text(context, line))], 2)),
            (labels.Counts, Text(context, Counts(context))),
            (labels.Workbook, Text(context, inputs.WorkbookFileName)),
            (labels.Sha256, Text(context, inputs.WorkbookSha256, hash)),
            (labels.Template, Text(context, inputs.TemplateName)),
            (labels.Sha256, Text(context, inputs.TemplateSha256, hash)),
            (labels.Language, Text(context, context.Language.Pack.Name)),
            (labels.Tool, Text(context, $"BriefBuilder {inputs.ToolVersion}")),
            (labels.Build, Text(context, inputs.Fingerprint, hash)),
        };
        body.Add(SectionFrame.Heading(context, 2, labels.BuildRecord));
        // The table has no header row, so the heavier rule that opens a table is drawn above its first row.
        body.Add(new Box(new Table(
            [Width.Relative(1), Width.Relative(3)],
            [],
            [.. rows.Select(r => new TableRow([new TableCell(Text(context, r.Label, styles.LabelBold), Scope: HeaderScope.Row), new TableCell(r.Value)]))],
            styles.Table with { HeaderTopRule = null, HeaderBottomRule = null },
            Summary: labels.Provenance), Border: new Border(BriefStyles.Ink, new Edges(1, 0, 0, 0))));
        if (SnapshotArchive.IsArchival(context.Template, context.Inputs.Options))
        {
            body.Add(new Paragraph([new Span(labels.VerifyHow, styles.Body)], styles.Paragraph with { SpaceBefore = 6 }));
        }

        return SectionFrame.Wrap(context, Kind, labels.Provenance, body);
    }

    /// <summary>The filters in force, one line each; a single line saying "everything" when there were none.</summary>
    public static IReadOnlyList<string> Selection(BriefContext context)
    {
        var criteria = context.Selection.Criteria;
        var labels = context.Labels;
        if (criteria.IsEverything)
        {
            return [labels.FilterAll];
        }

        var lines = new List<string>();
        if (criteria.Stances.Count > 0)
        {
            lines.Add(TextPattern.Fill(labels.FilterStances, ("value", context.Language.List(context.Selection.Stances.Select(s => s.Label)))));
        }

        if (criteria.Tags.Count > 0)
        {
            lines.Add(TextPattern.Fill(labels.FilterTags, ("value", context.Language.List(criteria.Tags))));
        }

        if (criteria.VerifiedOnly)
        {
            lines.Add(labels.FilterVerified);
        }

        if (Period(context, criteria) is { Length: > 0 } period)
        {
            lines.Add(TextPattern.Fill(labels.FilterPeriod, ("value", period)));
        }

        return lines;
    }

    private static string Period(BriefContext context, SelectionCriteria criteria)
    {
        DateOnly? from = criteria.From;
        DateOnly? to = criteria.To;
        if (criteria.Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            from = from is { } f && f > first ? f : first;
            to = to is { } t && t < last ? t : last;
        }

        if (criteria.AsOf is { } asOf && (to is null || asOf < to))
        {
            to = asOf;
        }

        if (criteria.Year is { } y && from == new DateOnly(y, 1, 1) && to == new DateOnly(y, 12, 31))
        {
            return context.Dates.Year(y);
        }

        return context.Dates.Days(from, to);
    }

    private static string Counts(BriefContext context)
    {
        var language = context.Language;
        var (selection, dossier) = (context.Selection, context.Dossier);
        var nouns = language.Nouns;
        return language.List(
        [
            Count(context, selection.Claims.Count, dossier.Claims.Count, nouns.Statement),
            Count(context, selection.Events.Count, dossier.Events.Count, nouns.Event),
            Count(context, selection.Sources.Count, dossier.Sources.Count, nouns.Source),
            Count(context, selection.People.Count, dossier.People.Count, nouns.Person),
            Count(context, selection.Institutions.Count, dossier.Institutions.Count, nouns.Institution),
        ]);
    }

    // "21 of the workbook's 25 institutions" when the brief has fewer than the workbook, so the two can be compared.
    private static string Count(BriefContext context, int shown, int all, Localization.NounForms noun) =>
        shown == all
            ? context.Language.Quantity(shown, noun)
            : Localization.TextPattern.Fill(context.Labels.OfTheWorkbook, ("shown", context.Language.Number(shown)), ("all", context.Language.Quantity(all, noun)));

    // Values are data, not running text: a SHA-256 stays on one line rather than keep to the measure.
    private static Paragraph Text(BriefContext context, string text, TextStyle? style = null) =>
        new([new Span(text, style ?? context.Styles.Small)], context.Styles.Tight with { Measure = 0 });
}
