using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections;

/// <summary>In-text citations of a claim's or event's sources, each a link to its bibliography entry: "(Bagheri 2023; UNHCR 2023)".</summary>
public static class CitationLinks
{
    /// <summary>The citations of the selected sources among <paramref name="sourceIds"/>; none when no source is selected.</summary>
    public static IReadOnlyList<Span> Spans(BriefContext context, IReadOnlyList<string> sourceIds, TextStyle style, bool brackets = true, string separator = "; ", IReadOnlySet<string>? leaveOut = null)
    {
        var entries = sourceIds
            .Where(id => leaveOut is null || !leaveOut.Contains(id))
            .Select(context.Citations.Find)
            .OfType<Bibliography.BibliographyEntry>()
            .Distinct()
            .ToList();
        if (entries.Count == 0)
        {
            return [];
        }

        var linkStyle = style with { Color = context.Styles.Accent };
        var spans = new List<Span>();
        if (brackets)
        {
            spans.Add(new Span("(", style));
        }

        for (var index = 0; index < entries.Count; index++)
        {
            if (index > 0)
            {
                spans.Add(new Span(separator, style));
            }

            spans.Add(new Span(Citations.Inner(entries[index]), linkStyle, LinkTarget.ToAnchor(entries[index].Anchor)));
        }

        if (brackets)
        {
            spans.Add(new Span(")", style));
        }

        return spans;
    }
}
