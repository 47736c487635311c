using System.Globalization;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Layout;

/// <summary>The text of a <see cref="PageReferences"/>: the pages its anchors landed on.</summary>
internal static class PageReferenceText
{
    /// <param name="pageOf">The page to print for an anchor, or null when it has none.</param>
    public static IReadOnlyList<Span> Spans(PageReferences references, Func<string, int?> pageOf)
    {
        // Each page links to the first anchor, in the order named, that landed on it.
        var firstAnchorOnPage = new SortedDictionary<int, string>();
        foreach (var anchor in references.Anchors)
        {
            if (pageOf(anchor) is { } page)
            {
                firstAnchorOnPage.TryAdd(page, anchor);
            }
        }

        var style = references.Style;
        if (firstAnchorOnPage.Count == 0)
        {
            return references.WhenNone ?? [new Span("–", style)];
        }

        var linkStyle = references.LinkStyle ?? style;
        var numbers = new NumberFormatInfo { NumberGroupSeparator = references.GroupSeparator };
        var spans = new List<Span>(firstAnchorOnPage.Count == 1 ? references.BeforeOne ?? references.Before ?? [] : references.Before ?? []);
        var lead = spans.Count;
        foreach (var (first, last) in Runs(firstAnchorOnPage.Keys))
        {
            if (spans.Count > lead)
            {
                spans.Add(new Span(", ", style));
            }

            // Three or more consecutive pages read as a range (CMOS 9.64), so a long list of places stays short;
            // the range links to its first page.
            var text = last - first >= 2
                ? first.ToString("#,0", numbers) + "–" + last.ToString("#,0", numbers)
                : first.ToString("#,0", numbers);
            spans.Add(new Span(text, linkStyle, LinkTarget.ToAnchor(firstAnchorOnPage[first])));
            if (last - first == 1)
            {
                spans.Add(new Span(", ", style));
                spans.Add(new Span(last.ToString("#,0", numbers), linkStyle, LinkTarget.ToAnchor(firstAnchorOnPage[last])));
            }
        }

        spans.AddRange(references.After ?? []);
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
