using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Stances;

/// <summary>A source every selected statement cites, named once above the statements ("Every statement below is cited
/// to Demirdjian 2024, at the place given after it.") instead of after each, which then keeps only its place.</summary>
internal static class CommonSourceNote
{
    /// <summary>The sources cited by every selected claim (when there is more than one claim).</summary>
    public static IReadOnlySet<string> Sources(BriefContext context)
    {
        var claims = context.Selection.Claims;
        if (claims.Count < 2)
        {
            return new HashSet<string>();
        }

        var common = new HashSet<string>(claims[0].SourceIds.Where(id => context.Selection.SelectedSource(id) is not null), StringComparer.OrdinalIgnoreCase);
        foreach (var claim in claims.Skip(1))
        {
            common.IntersectWith(claim.SourceIds);
        }

        return common;
    }

    /// <summary>The note naming the common sources, or null when there are none.</summary>
    public static Element? Note(BriefContext context, IReadOnlySet<string> common)
    {
        if (common.Count == 0)
        {
            return null;
        }

        var sourceIds = context.Selection.Sources.Where(s => common.Contains(s.Id)).Select(s => s.Id).ToList();
        var note = CitationLinks.Spans(context, [.. sourceIds.Select(id => new Records.Citation(id))], context.Styles.SmallItalic, brackets: false);
        var pattern = IsLocated(context, common) ? context.Labels.CommonSourcesLocated : context.Labels.CommonSources;
        var marker = pattern.IndexOf("{sources}", StringComparison.Ordinal);
        var muted = context.Styles.SmallItalic with { Color = context.Styles.Muted };
        var after = pattern[(marker + "{sources}".Length)..];

        // "… cited to Smith, n.d." takes no second full stop.
        if (note[^1].Text.EndsWith('.') && after.StartsWith('.'))
        {
            after = after[1..];
        }

        Span[] spans = [new(pattern[..marker], muted), .. note, new(after, muted)];
        return new KeepWithNext(new Paragraph(spans, context.Styles.Tight with { SpaceAfter = 2 }));
    }

    // Whether the statements print places in the one common source, which the note then says.
    private static bool IsLocated(BriefContext context, IReadOnlySet<string> common) =>
        common.Count == 1 && context.Selection.Claims.Any(claim => claim.Citations.Any(c => common.Contains(c.SourceId) && !string.IsNullOrWhiteSpace(c.Locator)));
}
