using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.People;

/// <summary>The pages on which a set of claims appears, as linked page numbers ("3, 5, 7"), read from an earlier layout.</summary>
public static class PageReferences
{
    public static IReadOnlyList<Span> Spans(BriefContext context, IEnumerable<Claim> claims, TextStyle style)
    {
        var firstAnchorOnPage = new SortedDictionary<int, string>();
        foreach (var claim in claims)
        {
            foreach (var anchor in context.ClaimAnchors(claim.Id))
            {
                if (context.Pages.PageOf(anchor) is { } page)
                {
                    firstAnchorOnPage.TryAdd(page, anchor);
                }
            }
        }

        if (firstAnchorOnPage.Count == 0)
        {
            return [new Span("–", style)];
        }

        var linkStyle = style with { Color = context.Styles.Accent };
        var spans = new List<Span>();
        foreach (var (page, anchor) in firstAnchorOnPage)
        {
            if (spans.Count > 0)
            {
                spans.Add(new Span(", ", style));
            }

            spans.Add(new Span(context.Language.Number(page), linkStyle, LinkTarget.ToAnchor(anchor)));
        }

        return spans;
    }
}
