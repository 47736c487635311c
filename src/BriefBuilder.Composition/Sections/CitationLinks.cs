using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections;

/// <summary>In-text citations of a claim's or event's sources, each a link to its bibliography entry and each followed by
/// its own locator: "(Demirdjian 2024, paras. 6–7; Bagheri 2023)".</summary>
public static class CitationLinks
{
    /// <summary>The citations of the selected sources among <paramref name="citations"/>; none when no source is selected.</summary>
    public static IReadOnlyList<Span> Spans(BriefContext context, IReadOnlyList<Citation> citations, TextStyle style, bool brackets = true, string separator = "; ", IReadOnlySet<string>? leaveOut = null)
    {
        var cited = citations
            .Where(c => leaveOut is null || !leaveOut.Contains(c.SourceId))
            .Select(c => (Citation: c, Entry: context.Citations.Find(c.SourceId)))
            .Where(c => c.Entry is not null)
            .DistinctBy(c => (c.Entry, c.Citation.Locator))
            .ToList();
        if (cited.Count == 0)
        {
            return [];
        }

        var linkStyle = style with { Color = context.Styles.Accent };
        var spans = new List<Span>();
        if (brackets)
        {
            spans.Add(new Span("(", style));
        }

        for (var index = 0; index < cited.Count; index++)
        {
            if (index > 0)
            {
                spans.Add(new Span(separator, style));
            }

            var (citation, entry) = cited[index];
            spans.Add(new Span(Citations.Inner(entry!), linkStyle, LinkTarget.ToAnchor(entry!.Anchor)));
            if (!string.IsNullOrWhiteSpace(citation.Locator))
            {
                spans.Add(new Span(", " + Locator.InLanguage(citation.Locator, context.Language), style));
            }
        }

        if (brackets)
        {
            spans.Add(new Span(")", style));
        }

        return spans;
    }
}
