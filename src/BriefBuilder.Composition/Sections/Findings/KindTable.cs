using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Findings;

/// <summary>Statements by kind of speaker (rows) and stance (columns), with totals; kinds with no statement left out.</summary>
internal static class KindTable
{
    public static Table Compose(BriefContext context)
    {
        var styles = context.Styles;
        var labels = context.Labels;
        var selection = context.Selection;
        var stances = selection.Stances;
        var right = styles.Tight with { Alignment = TextAlignment.Right };
        var counts = selection.Claims
            .GroupBy(c => (Kind: SpeakerKinds.Of(c, selection.Dossier), Stance: c.StanceKey.ToUpperInvariant()))
            .ToDictionary(g => g.Key, g => g.Count());
        TableCell Number(int value, bool bold = false) =>
            new(new Paragraph([new Span(value == 0 ? "–" : context.Language.Number(value), bold ? styles.LabelBold : styles.Label)], right));
        int Count(SpeakerKind kind, Records.Stance stance) => counts.GetValueOrDefault((kind, stance.Key.ToUpperInvariant()));

        var rows = Enum.GetValues<SpeakerKind>()
            .Where(kind => stances.Any(s => Count(kind, s) > 0))
            .Select(kind => new TableRow(
            [
                new TableCell(new Paragraph([new Span(Label(context, kind), styles.Label)], styles.Tight), Scope: HeaderScope.Row),
                .. stances.Select(s => Number(Count(kind, s))),
                Number(stances.Sum(s => Count(kind, s)), bold: true),
            ]))
            .ToList();
        var header = new TableRow(
        [
            new TableCell(new Paragraph([new Span(labels.ColumnWhoSpoke, styles.LabelBold)], styles.Tight), Scope: HeaderScope.Column),
            .. stances.Select(s => new TableCell(new Paragraph([new Span(s.Label, styles.LabelBold)], context.ContentStyle(right)), Scope: HeaderScope.Column)),
            new TableCell(new Paragraph([new Span(labels.ColumnTotal, styles.LabelBold)], right), Scope: HeaderScope.Column),
        ]);
        return new Table(
            [Width.Relative(1.6), .. stances.Select(_ => Width.Relative(1)), Width.Relative(0.5)],
            [header],
            rows,
            styles.Table with { ZebraFill = null },
            Summary: labels.ColumnWhoSpoke);
    }

    private static string Label(BriefContext context, SpeakerKind kind) => context.Language.Label(kind);
}
