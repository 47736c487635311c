using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.References;

/// <summary>Every source the selected claims and events cite, in the style's order, with a hanging indent of about 12 mm,
/// entries kept whole, URLs clickable, and "cited in C03, C05" links back to the claims (BRIEF-DESIGN: citations and bibliography).</summary>
public static class BibliographySection
{
    public const string Kind = "bibliography";
    private const double HangingIndent = 34;

    public static Element Compose(BriefContext context, BibliographySpec spec)
    {
        var style = context.Bibliography;
        var body = new List<Element>();
        var citing = spec.BackLinks ? CitingRecords(context) : null;
        if (spec.ByType)
        {
            foreach (var group in context.Selection.Sources.GroupBy(s => s.Type).OrderBy(g => g.Key))
            {
                body.Add(SectionFrame.Heading(context, 2, context.Language.Label(group.Key)));
                body.AddRange(Entries(context, style.Entries([.. group]), citing));
            }
        }
        else
        {
            body.AddRange(Entries(context, style.Entries(context.Selection.Sources), citing));
        }

        return SectionFrame.Wrap(context, Kind, context.Labels.Bibliography, body);
    }

    private static IEnumerable<Element> Entries(BriefContext context, IReadOnlyList<BibliographyEntry> entries, ILookup<string, (string Id, string Anchor)>? citing)
    {
        var styles = context.Styles;
        var paragraph = styles.Tight with { HangingIndent = HangingIndent, SpaceAfter = styles.BodySize * 0.45 };
        foreach (var entry in entries)
        {
            var spans = entry.Runs.Select(run => Run(context, run)).ToList();
            if (citing is not null && citing[entry.Source.Id].ToList() is { Count: > 0 } records)
            {
                spans.Add(new Span(" ", styles.Small));
                spans.AddRange(BackLinks(context, records));
            }

            yield return new KeepTogether(new Anchor(AnchorNames.Source(entry.Source.Id), new Paragraph(spans, paragraph)));
        }
    }

    private static Span Run(BriefContext context, EntryText run)
    {
        var style = run.Italic ? context.Styles.SmallItalic : context.Styles.Small;
        return run.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && LinkTarget.IsAllowedScheme(uri.Scheme)
            ? new Span(run.Text, style with { Color = context.Styles.Accent, Underline = true }, LinkTarget.ToUri(url))
            : new Span(run.Text, style);
    }

    /// <summary>"[cited in C03, C05]": each ID a link to that claim's (or event's) main entry.</summary>
    private static IEnumerable<Span> BackLinks(BriefContext context, IReadOnlyList<(string Id, string Anchor)> records)
    {
        var styles = context.Styles;
        var muted = styles.Small with { Color = styles.Muted };
        var pattern = context.Labels.CitedIn;
        var marker = pattern.IndexOf("{claims}", StringComparison.Ordinal);
        yield return new Span("[" + pattern[..marker], muted);
        for (var index = 0; index < records.Count; index++)
        {
            if (index > 0)
            {
                yield return new Span(", ", muted);
            }

            yield return new Span(records[index].Id, styles.Small with { Color = styles.Accent }, LinkTarget.ToAnchor(records[index].Anchor));
        }

        yield return new Span(pattern[(marker + "{claims}".Length)..] + "]", muted);
    }

    // Which selected claims and events cite each source, in timeline order, with the anchor of their main entry.
    private static ILookup<string, (string Id, string Anchor)> CitingRecords(BriefContext context)
    {
        var claims = context.MainClaimSection is null
            ? []
            : context.Selection.Claims.SelectMany(c => c.SourceIds.Select(s => (Source: s, c.Date, Id: c.Id, Anchor: AnchorNames.Claim(c.Id))));
        var events = context.Template.Sections.Any(s => s is TimelineSpec)
            ? context.Selection.Events.SelectMany(e => e.SourceIds.Select(s => (Source: s, e.Date, Id: e.Id, Anchor: AnchorNames.Event(e.Id))))
            : [];
        return claims.Concat(events)
            .OrderBy(r => Dates.DatePlacement.SortKey(r.Date))
            .DistinctBy(r => (r.Source.ToUpperInvariant(), r.Id))
            .ToLookup(r => r.Source, r => (r.Id, r.Anchor), StringComparer.OrdinalIgnoreCase);
    }
}
