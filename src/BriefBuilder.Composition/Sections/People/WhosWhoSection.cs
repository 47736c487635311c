using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.People;

/// <summary>People who speak in the selected claims and the institutions the claims speak for, with role, country and
/// the pages they appear on.</summary>
internal static class WhosWhoSection
{
    public const string Kind = "whos-who";

    public static SectionKind Section { get; } = SectionKind.Of<WhosWhoSpec>(Kind, "People and institutions, with the pages they appear on.", WhosWhoSpec.Read, Compose);

    public static Element Compose(BriefContext context, WhosWhoSpec spec)
    {
        var labels = context.Labels;
        var body = new List<Element>();
        var claimsByPerson = context.Selection.Claims
            .SelectMany(c => c.SpeakerIds.Select(id => (Id: id, Claim: c)))
            .ToLookup(p => p.Id, p => p.Claim, StringComparer.OrdinalIgnoreCase);
        var claimsByInstitution = ClaimsByInstitution(context);

        if (spec.People && context.Selection.People.Count > 0)
        {
            body.Add(SectionFrame.Heading(context, 2, labels.People));
            body.Add(Table(
                context,
                labels.People,
                [labels.ColumnName, labels.ColumnRole, labels.ColumnInstitution, labels.ColumnCountry, labels.ColumnPages],
                [Width.Relative(1.3), Width.Relative(1.8), Width.Relative(1.5), CountryColumn(context), Width.Relative(0.6)],
                context.Selection.People.Select(person => PersonRow(context, person, claimsByPerson[person.Id]))));
        }

        var spokenFor = context.Selection.Institutions.Where(i => claimsByInstitution.Contains(i.Id)).ToList();
        if (spec.Institutions && spokenFor.Count > 0)
        {
            body.Add(SectionFrame.Heading(context, 2, labels.Institutions));
            body.Add(Table(
                context,
                labels.Institutions,
                [labels.ColumnName, labels.ColumnType, labels.ColumnCountry, labels.ColumnPages],
                [Width.Relative(2.4), Width.Relative(1.3), CountryColumn(context), Width.Relative(0.6)],
                spokenFor.Select(institution => InstitutionRow(context, institution, claimsByInstitution[institution.Id]))));
        }

        return SectionFrame.Wrap(context, Kind, labels.WhosWho, body);
    }

    // An institution is listed with the statements that speak for it; a speaker's affiliation is not one of them.
    private static ILookup<string, Claim> ClaimsByInstitution(BriefContext context) => context.Selection.Claims
        .Where(claim => claim.InstitutionId is not null)
        .ToLookup(claim => claim.InstitutionId!, StringComparer.OrdinalIgnoreCase);

    // Wide enough that no country name breaks inside a word ("Azerbaijan"), never narrower than its head.
    private static Width CountryColumn(BriefContext context)
    {
        var countries = context.Selection.People.Select(p => p.Country)
            .Concat(context.Selection.Institutions.Select(i => i.Country))
            .Append(context.Labels.ColumnCountry)
            .OfType<string>();
        var widest = countries.Max(c => context.Widths.WidestUnbreakable(c, context.Styles.Small));
        return Width.Fixed(Math.Ceiling(widest) + 10);
    }

    private static Table Table(BriefContext context, string title, IReadOnlyList<string> heads, IReadOnlyList<Width> widths, IEnumerable<TableRow> rows)
    {
        var styles = context.Styles;
        var header = new TableRow([.. heads.Select(h => new TableCell(new Paragraph([new Span(h, styles.LabelBold)], styles.Tight), Scope: HeaderScope.Column))]);
        var caption = new Paragraph([new Span(Localization.TextPattern.Fill(context.Labels.Continued, ("title", title)), styles.Heading3)], styles.Tight with { SpaceAfter = 3 });
        return new Table(widths, [header], [.. rows], styles.Table, caption, title);
    }

    private static TableRow PersonRow(BriefContext context, Person person, IEnumerable<Claim> claims)
    {
        var styles = context.Styles;
        // Only what the person's own row says: the institution they speak for, or their affiliation marked as such
        // (they speak for themselves), and their own country.
        var spokeFor = person.InstitutionId is { } id ? context.Dossier.FindInstitution(id)?.Name : null;
        var affiliation = person.AffiliationId is { } other ? context.Dossier.FindInstitution(other)?.Name : null;
        var institution = spokeFor ?? (affiliation is null ? null : Localization.TextPattern.Fill(context.Labels.AffiliationMark, ("name", affiliation)));
        return new TableRow(
        [
            new TableCell(new Anchor(AnchorNames.Person(person.Id), Text(context, person.Name, styles.SmallBold)), Scope: HeaderScope.Row),
            new TableCell(Text(context, person.Role, styles.Small)),
            new TableCell(spokeFor is null && affiliation is not null
                ? new Paragraph([.. WorkbookWords.Spans(context, institution!, styles.Small, [affiliation])], styles.Tight)
                : Text(context, institution, styles.Small)),
            new TableCell(Text(context, person.Country, styles.Small)),
            new TableCell(Pages(context, claims)),
        ]);
    }

    private static TableRow InstitutionRow(BriefContext context, Institution institution, IEnumerable<Claim> claims)
    {
        var styles = context.Styles;
        var name = string.IsNullOrWhiteSpace(institution.ShortName) || institution.ShortName == institution.Name
            ? institution.Name
            : $"{institution.Name} ({institution.ShortName})";
        return new TableRow(
        [
            new TableCell(new Anchor(AnchorNames.Institution(institution.Id), Text(context, name, styles.SmallBold)), Scope: HeaderScope.Row),
            new TableCell(Text(context, context.Language.Label(institution.Type), styles.Small, workbook: false)),
            new TableCell(Text(context, institution.Country, styles.Small)),
            new TableCell(Pages(context, claims)),
        ]);
    }

    // The pages where the claims' entries land in every section that lists them, found and printed by the layout engine.
    private static PageReferences Pages(BriefContext context, IEnumerable<Claim> claims) => new(
        [.. claims.SelectMany(claim => context.ClaimAnchors(claim.Id))],
        context.Styles.Label,
        context.Shared.Of(context.Styles.Label with { Color = context.Styles.Accent }),
        context.Styles.Tight,
        context.Language.Pack.Numbers.GroupSeparator);

    // A cell of the workbook's words, in the workbook's language; "–" where the row is empty.
    private static Paragraph Text(BriefContext context, string? text, TextStyle style, bool workbook = true) => string.IsNullOrWhiteSpace(text)
        ? new([new Span("–", context.Styles.SmallMuted)], context.Styles.Tight)
        : new([new Span(text.Trim(), style)], workbook ? context.ContentStyle(context.Styles.Tight) : context.Styles.Tight);
}
