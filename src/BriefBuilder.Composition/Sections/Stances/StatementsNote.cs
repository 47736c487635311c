using BriefBuilder.Composition.Localization;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Stances;

/// <summary>The line above the statements that says what the reader should know of them: a source every one cites,
/// named once ("Every statement below is cited to Demirdjian 2024, at the place given after it.") instead of after each,
/// which then keeps only its place; that they are given in the curator's short forms, when they are; and how many of the
/// selection's statements the brief has room for, when it was fitted to its page budget.</summary>
internal static class StatementsNote
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

    /// <summary>The note naming the common sources and saying when statements are in short form, or null when there is
    /// nothing to say.</summary>
    public static Element? Note(BriefContext context, IReadOnlySet<string> common, StatementText text)
    {
        var muted = context.Styles.SmallItalic with { Color = context.Styles.Muted };
        List<Span> spans = [.. common.Count == 0 ? [] : Sources(context, common, muted)];
        if (text == StatementText.Short && context.Selection.Claims.Any(c => !string.IsNullOrWhiteSpace(c.ShortForm)))
        {
            spans.Add(new Span((spans.Count > 0 ? " " : string.Empty) + context.Labels.ShortFormsNote, muted));
        }

        if (context.Selection.IsFitted)
        {
            spans.Add(new Span((spans.Count > 0 ? " " : string.Empty) + Fitted(context), muted));
        }

        return spans.Count == 0 ? null : new KeepWithNext(new Paragraph(spans, context.Styles.Tight with { SpaceAfter = 2 }));
    }

    // "This brief has room for 18 of the 31 statements selected: each stance keeps its share of them, …"
    private static string Fitted(BriefContext context)
    {
        var (language, selection) = (context.Language, context.Selection);
        return TextPattern.Fill(
            context.Labels.FittedNote,
            ("shown", language.Number(selection.Claims.Count)),
            ("statements", language.Quantity(selection.Chosen.Count, language.Nouns.Statement)));
    }

    // "Every statement below is cited to Demirdjian 2024, at the place given after it."
    private static IEnumerable<Span> Sources(BriefContext context, IReadOnlySet<string> common, TextStyle muted)
    {
        var sourceIds = context.Selection.Sources.Where(s => common.Contains(s.Id)).Select(s => s.Id).ToList();
        var note = CitationLinks.Spans(context, [.. sourceIds.Select(id => new Records.Citation(id))], context.Styles.SmallItalic, brackets: false);
        var pattern = IsLocated(context, common) ? context.Labels.CommonSourcesLocated : context.Labels.CommonSources;
        var marker = pattern.IndexOf("{sources}", StringComparison.Ordinal);
        var after = pattern[(marker + "{sources}".Length)..];

        // "… cited to Smith, n.d." takes no second full stop.
        if (note[^1].Text.EndsWith('.') && after.StartsWith('.'))
        {
            after = after[1..];
        }

        return [new(pattern[..marker], muted), .. note, new(after, muted)];
    }

    // Whether the statements print places in the one common source, which the note then says.
    private static bool IsLocated(BriefContext context, IReadOnlySet<string> common) =>
        common.Count == 1 && context.Selection.Claims.Any(claim => claim.Citations.Any(c => common.Contains(c.SourceId) && !string.IsNullOrWhiteSpace(c.Locator)));
}
