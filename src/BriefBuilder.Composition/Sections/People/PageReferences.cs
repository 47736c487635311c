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
        foreach (var (first, last) in Runs(firstAnchorOnPage.Keys))
        {
            if (spans.Count > 0)
            {
                spans.Add(new Span(", ", style));
            }

            // Three or more consecutive pages read as a range (CMOS 9.64), so a dossier with thousands of claims
            // keeps its who's who short; the range links to its first page.
            var text = last - first >= 2
                ? $"{context.Language.Number(first)}–{context.Language.Number(last)}"
                : context.Language.Number(first);
            spans.Add(new Span(text, linkStyle, LinkTarget.ToAnchor(firstAnchorOnPage[first])));
            if (last - first == 1)
            {
                spans.Add(new Span(", ", style));
                spans.Add(new Span(context.Language.Number(last), linkStyle, LinkTarget.ToAnchor(firstAnchorOnPage[last])));
            }
        }

        return spans;
    }

    private static IEnumerable<(int First, int Last)> Runs(IEnumerable<int> sortedPages)
    {
        int? first = null;
        var last = 0;
        foreach (var page in sortedPages)
        {
            if (first is not null && page == last + 1)
            {
                last = page;
                continue;
            }

            if (first is { } start)
            {
                yield return (start, last);
            }

            first = last = page;
        }

        if (first is { } end)
        {
            yield return (end, last);
        }
    }
}
