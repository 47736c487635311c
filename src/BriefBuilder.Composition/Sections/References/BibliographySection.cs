using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.References;

/// <summary>Every source the selected claims and events cite, in the style's order, with a hanging indent of about 12 mm,
/// entries kept whole, URLs clickable, and links back to what cites them: "[cited in C03, C05]" where the brief prints
/// IDs beside statements, else the pages they are on, "[cited on pp. 3, 5]", so a reader of the paper alone can follow
/// every reference (BRIEF-DESIGN: citations and bibliography).</summary>
public static class BibliographySection
{
    public const string Kind = "bibliography";

    public static SectionKind Section { get; } = SectionKind.Of<BibliographySpec>(Kind, "Every cited source, in the template's citation style.", BibliographySpec.Read, Compose);

    private const double HangingIndent = 34;

    // Between the two columns of `columns: true`: the stance columns' gap, so a handout's columns line up.
    private const double ColumnGap = 16;

    public static Element Compose(BriefContext context, BibliographySpec spec)
    {
        var references = context.Citations.References;
        var body = new List<Element>();
        if (spec.ByType)
        {
            foreach (var group in references.BySourceType())
            {
                body.Add(SectionFrame.Heading(context, 2, group.Title));
                body.Add(Entries(context, group.Entries, spec));
            }
        }
        else
        {
            body.Add(Entries(context, references.Entries, spec));
        }

        return SectionFrame.Wrap(context, Kind, context.Labels.Bibliography, body);
    }

    // The last entry never stands alone on a page: the page a list of entries ends on holds at least two. In two columns
    // the entries stay whole and the columns are balanced, keeping each line of small text within the measure.
    private static Element Entries(BriefContext context, IEnumerable<BibliographyEntry> entries, BibliographySpec spec)
    {
        var each = entries.Select(entry => Entry(context, entry, spec.BackLinks)).ToList();
        return spec.Columns
            ? new MultiColumn([.. each.Select(entry => new ColumnBlock(entry))], 2, ColumnGap)
            : new Column(each, KeepLast: 2);
    }

    private static Element Entry(BriefContext context, BibliographyEntry entry, bool backLinks)
    {
        var styles = context.Styles;
        var paragraph = styles.Tight with { HangingIndent = HangingIndent, SpaceAfter = styles.BodySize * 0.45 };
        // The source's title, container and publisher in the source's language (else the workbook's), where it is not the brief's.
        var source = entry.Source;
        string[] own = [source.PlainTitle ?? string.Empty, source.Container ?? string.Empty, source.Publisher ?? string.Empty];
        var spans = entry.Text.Runs.SelectMany(run => Run(context, run) is var span ? WorkbookWords.Spans(context, span.Text, span.Style, own, source.Language, span.Link) : []).ToList();
        var citing = backLinks ? CitingAnchors(context, entry).ToList() : [];
        if (citing.Count == 0)
        {
            return new KeepTogether(new Anchor(entry.Anchor, new Paragraph(spans, paragraph)));
        }

        if (context.Template.ShowIds)
        {
            spans.Add(new Span(" ", styles.Small));
            spans.AddRange(BackLinks(context, citing));
            return new KeepTogether(new Anchor(entry.Anchor, new Paragraph(spans, paragraph)));
        }

        return new KeepTogether(new Anchor(entry.Anchor, CitedOnPages(context, spans, PageAnchors(context, entry), paragraph)));
    }

    // Every place the claims and events citing the source are printed, in whichever sections list them.
    private static List<string> PageAnchors(BriefContext context, BibliographyEntry entry) =>
    [
        .. entry.CitedBy.SelectMany(record => record.Kind == RecordKind.Claim
            ? context.ClaimAnchors(record.Id)
            : context.EventsAnchored ? [AnchorNames.Event(record.Id)] : []),
    ];

    // "… Council of Europe. [cited on pp. 3, 5]": the pages every entry citing the source lands on, found by the engine.
    private static PageReferences CitedOnPages(BriefContext context, List<Span> entry, IReadOnlyList<string> anchors, ParagraphStyle paragraph)
    {
        var styles = context.Styles;
        var muted = context.Shared.Of(styles.Small with { Color = styles.Muted });
        Span[] Lead(string pattern) => [.. entry, new Span(context.Texts.Of(" [" + TextPattern.Around(pattern, "pages").Before), muted)];
        var (_, after) = TextPattern.Around(context.Labels.CitedOnPages, "pages");
        return new PageReferences(
            anchors,
            muted,
            context.Shared.Of(styles.Small with { Color = styles.Accent }),
            paragraph,
            context.Language.Pack.Numbers.GroupSeparator,
            Lead(context.Labels.CitedOnPages),
            Lead(context.Labels.CitedOnPage),
            [new Span(after + "]", muted)],
            entry);
    }

    // A URL is a link, underlined and in the accent colour so that it shows on paper too (BRIEF-DESIGN: accessibility and print).
    private static Span Run(BriefContext context, EntryRun run)
    {
        var style = run.Italic ? context.Styles.SmallItalic : context.Styles.Small;
        return run.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && LinkTarget.IsAllowedScheme(uri.Scheme)
            ? new Span(run.Text, context.Shared.Of(style with { Color = context.Styles.Accent, Underline = true }), LinkTarget.ToUri(url))
            : new Span(run.Text, style);
    }

    // The claims and events citing the source that have an entry of their own in this brief to link to.
    private static IEnumerable<(string Id, string Anchor)> CitingAnchors(BriefContext context, BibliographyEntry entry)
    {
        foreach (var record in entry.CitedBy)
        {
            if (record.Kind == RecordKind.Claim && context.MainClaimSection is not null)
            {
                yield return (record.Id, AnchorNames.Claim(record.Id));
            }
            else if (record.Kind == RecordKind.Event && context.EventsAnchored)
            {
                yield return (record.Id, AnchorNames.Event(record.Id));
            }
        }
    }

    /// <summary>"[cited in C03, C05]": each ID a link to that claim's (or event's) main entry.</summary>
    private static IEnumerable<Span> BackLinks(BriefContext context, IReadOnlyList<(string Id, string Anchor)> records)
    {
        var styles = context.Styles;
        var muted = context.Shared.Of(styles.Small with { Color = styles.Muted });
        var (before, after) = TextPattern.Around(context.Labels.CitedIn, "claims");
        yield return new Span("[" + before, muted);
        for (var index = 0; index < records.Count; index++)
        {
            if (index > 0)
            {
                yield return new Span(", ", muted);
            }

            yield return new Span(records[index].Id, context.Shared.Of(styles.Small with { Color = styles.Accent }), LinkTarget.ToAnchor(records[index].Anchor));
        }

        yield return new Span(after + "]", muted);
    }
}
