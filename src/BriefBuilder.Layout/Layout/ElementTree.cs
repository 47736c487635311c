using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout;

/// <summary>An element's children in document order (a table's body cells, not its header rows, which repeat).</summary>
internal static class ElementTree
{
    public static IEnumerable<Element> Children(Element element) => element switch
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
        Elements.Table t => t.Rows.SelectMany(r => r.Cells).Select(c => c.Content),
        _ => [],
    };

    public static IEnumerable<Element> DepthFirst(Element element)
    {
        yield return element;
        foreach (var descendant in Children(element).SelectMany(DepthFirst))
        {
            yield return descendant;
        }
    }
}
