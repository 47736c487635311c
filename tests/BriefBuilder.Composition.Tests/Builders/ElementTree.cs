using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Builders;

/// <summary>Walks a layout tree in reading order, to assert on structure, order and text.</summary>
internal static class ElementTree
{
    public static IEnumerable<Element> Descendants(this Element element)
    {
        yield return element;
        foreach (var child in Children(element))
        {
            foreach (var descendant in child.Descendants())
            {
                yield return descendant;
            }
        }
    }

    public static IEnumerable<T> All<T>(this Element element)
        where T : Element => element.Descendants().OfType<T>();

    /// <summary>The text of a paragraph or heading, with no-break spaces read as spaces.</summary>
    public static string Text(this Element element) => element switch
    {
        Paragraph p => Plain(string.Concat(p.Spans.Select(s => s.Text))),
        Heading h => Plain(string.Concat(h.Spans.Select(s => s.Text))),
        _ => string.Join("\n", element.Descendants().Where(e => e is Paragraph or Heading).Select(Text)),
    };

    public static IReadOnlyList<string> Headings(this Element element, int level) =>
        [.. element.All<Heading>().Where(h => h.Level == level).Select(Text)];

    public static IReadOnlyList<string> AnchorNames(this Element element) => [.. element.All<Anchor>().Select(a => a.Name)];

    public static IEnumerable<Span> Spans(this Element element) => element.Descendants().SelectMany(e => e switch
    {
        Paragraph p => p.Spans,
        Heading h => h.Spans,
        _ => [],
    });

    public static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private static IEnumerable<Element> Children(Element element) => element switch
    {
        Column c => c.Children,
        Row r => r.Cells.Select(c => c.Content),
        Padding p => [p.Content],
        Box b => [b.Content],
        KeepTogether k => [k.Content],
        KeepWithNext k => [k.Content],
        Anchor { Content: { } content } => [content],
        Link l => [l.Content],
        Section s => [s.Content],
        ListBlock l => l.Items,
        Table t => t.HeaderRows.Concat(t.Rows).SelectMany(r => r.Cells).Select(c => c.Content),
        _ => [],
    };
}
