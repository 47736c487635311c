using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Builders;

/// <summary>Walks a layout tree in reading order, to assert on structure, order and text.</summary>
internal static class ElementQueries
{
    public static IEnumerable<Element> Descendants(this Element element) =>
        Layout.Elements.ElementTree.DepthFirst(element, includeHeaderRows: true);

    public static IEnumerable<T> All<T>(this Element element)
        where T : Element => element.Descendants().OfType<T>();

    /// <summary>The text of a paragraph or heading, with no-break spaces read as spaces; page references, whose numbers
    /// only the layout engine knows, read "{pages}" in place of them.</summary>
    public static string Text(this Element element) => element switch
    {
        Paragraph p => Plain(string.Concat(p.Spans.Select(s => s.Text))),
        Heading h => Plain(string.Concat(h.Spans.Select(s => s.Text))),
        PageReferences r => Plain(string.Concat((r.Before ?? []).Select(s => s.Text)) + "{pages}" + string.Concat((r.After ?? []).Select(s => s.Text))),
        _ => string.Join("\n", element.Descendants().Where(e => e is Paragraph or Heading or PageReferences).Select(Text)),
    };

    public static IReadOnlyList<string> Headings(this Element element, int level) =>
        [.. element.All<Heading>().Where(h => h.Level == level).Select(Text)];

    public static IReadOnlyList<string> AnchorNames(this Element element) => [.. element.All<Anchor>().Select(a => a.Name)];

    public static IEnumerable<Span> Spans(this Element element) => element.Descendants().SelectMany(e => e switch
    {
        Paragraph p => p.Spans,
        Heading h => h.Spans,
        PageReferences r => [.. r.Before ?? [], .. r.After ?? []],
        _ => [],
    });

    /// <summary>The text as a reader sees it: no-break spaces as spaces, word joiners (which print nothing) gone.</summary>
    public static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace("\u2060", string.Empty, StringComparison.Ordinal);
}
