using System.Runtime.InteropServices;
using BriefBuilder.Composition.Styling;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Stances;

/// <summary>A table of institutions against stances: how many of each institution's statements take each stance.</summary>
internal static class InstitutionOverview
{
    public static Table Compose(BriefContext context)
    {
        var styles = context.Styles;
        var looks = context.Palette.Looks.Where(l => context.Selection.Stances.Contains(l.Stance)).ToList();

        // One pass over the claims, counting by institution and stance. Classes rather than value tuples as keys and
        // rows: queries and dictionaries over tuples ran on code the runtime compiled at every start.
        var tally = new Dictionary<Pair, int>();
        foreach (var claim in context.Selection.Claims)
        {
            if (claim.InstitutionId is { } institution)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(tally, Pair.Of(institution, claim.StanceKey), out _)++;
            }
        }

        int[] Counts(Institution institution) => [.. looks.Select(look => tally.GetValueOrDefault(Pair.Of(institution.Id, look.Stance.Key)))];

        var rows = context.Selection.Institutions
            .Select(institution => new Tally(institution, Counts(institution)))
            .Where(r => r.Total > 0)
            .OrderBy(r => r)
            .Select(r => new TableRow(
            [
                new TableCell(new Paragraph([new Span(r.Institution.Name, styles.Small)], context.ContentStyle(styles.Tight)), Scope: HeaderScope.Row),
                .. r.Counts.Select(count => Number(context, count, bold: false)),
                Number(context, r.Total, bold: true),
            ]))
            .ToList();

        var header = new TableRow(
        [
            new TableCell(Label(context, context.Labels.ColumnInstitution, TextAlignment.Left), Scope: HeaderScope.Column),
            .. looks.Select(look => new TableCell(StanceHead(context, look), Scope: HeaderScope.Column)),
            new TableCell(Label(context, context.Labels.ColumnTotal, TextAlignment.Right), Scope: HeaderScope.Column),
        ]);
        return new Table(
            [Width.Relative(2.2), .. looks.Select(_ => Width.Relative(1)), Width.Fixed(44)],
            [header],
            rows,
            styles.Table,
            new Paragraph(
                [new Span(Localization.TextPattern.Fill(context.Labels.Continued, ("title", context.Labels.InstitutionOverview)), styles.Heading3)],
                styles.Tight with { SpaceAfter = 3 }),
            context.Labels.InstitutionOverview);
    }

    // An institution and a stance, matched ignoring case as IDs and stance keys are.
    private sealed record Pair(string Institution, string Stance)
    {
        public static Pair Of(string institution, string stance) => new(institution.ToUpperInvariant(), stance.ToUpperInvariant());
    }

    // An institution's counts by stance; the most statements first (a stable sort keeps the list's order for a tie).
    private sealed record Tally(Institution Institution, int[] Counts) : IComparable<Tally>
    {
        public int Total { get; } = Counts.Sum();

        public int CompareTo(Tally? other) => other is null ? 1 : other.Total.CompareTo(Total);
    }

    private static Element StanceHead(BriefContext context, StanceLook look) => new Row(
    [
        new RowCell(new Padding(StanceMarker.Element(look, 8), new Edges(1.5, 0, 0, 0)), Width.Fixed(8)),
        new RowCell(new Paragraph([new Span(look.Stance.Label, context.Styles.LabelBold)], context.ContentStyle(context.Styles.Tight)), Width.Relative(1)),
    ],
        4);

    private static Paragraph Label(BriefContext context, string text, TextAlignment alignment) =>
        new([new Span(text, context.Styles.LabelBold)], context.Styles.Tight with { Alignment = alignment });

    private static TableCell Number(BriefContext context, int count, bool bold) => new(new Paragraph(
        [new Span(count == 0 ? "–" : context.Language.Number(count), bold ? context.Styles.LabelBold : context.Styles.Label)],
        context.Styles.Tight with { Alignment = TextAlignment.Right }));
}
