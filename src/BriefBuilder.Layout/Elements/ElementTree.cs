namespace BriefBuilder.Layout.Elements;

/// <summary>Walks an element tree in document order, for the engine and for anyone checking what a composer built.</summary>
public static class ElementTree
{
    /// <summary>An element's children in document order; a table's header rows only when asked, since they repeat per page.</summary>
    public static IEnumerable<Element> Children(Element element, bool includeHeaderRows = false) => element switch
    {
        Column c => c.Children,
        Row r => r.Cells.Select(c => c.Content),
        MultiColumn m => m.Blocks.Select(b => b.Content),
        Padding p => [p.Content],
        Box b => [b.Content],
        KeepTogether k => [k.Content],
        KeepWithNext k => [k.Content],
        Anchor { Content: { } content } => [content],
        Link l => [l.Content],
        Section s => [s.Content],
        ListBlock l => l.Items,
        Table t => (includeHeaderRows ? t.HeaderRows.Concat(t.Rows) : t.Rows).SelectMany(r => r.Cells).Select(c => c.Content),
        _ => [],
    };

    /// <summary>The element and all its descendants, depth first.</summary>
    public static IEnumerable<Element> DepthFirst(Element element, bool includeHeaderRows = false)
    {
        // One stack of child enumerators rather than an iterator per level, which would pass each element up through
        // every level above it.
        yield return element;
        var open = new Stack<IEnumerator<Element>>();
        open.Push(Children(element, includeHeaderRows).GetEnumerator());
        try
        {
            while (open.Count > 0)
            {
                var children = open.Peek();
                if (!children.MoveNext())
                {
                    open.Pop().Dispose();
                    continue;
                }

                yield return children.Current;
                open.Push(Children(children.Current, includeHeaderRows).GetEnumerator());
            }
        }
        finally
        {
            // A caller that stops early leaves enumerators open.
            while (open.Count > 0)
            {
                open.Pop().Dispose();
            }
        }
    }
}
