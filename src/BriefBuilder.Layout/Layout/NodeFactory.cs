using System.Globalization;
using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout.Nodes;
using BriefBuilder.Layout.Layout.Table;

namespace BriefBuilder.Layout.Layout;

/// <summary>Turns declarative elements into layout nodes, attaching each to its place in the structure tree
/// (Sect, P, H1-H3, L/LI/Lbl/LBody, Table/TR/TH/TD, Figure, Link, TOC). Containers without a meaning of their own
/// (Column, Row, Padding, Box, …) add no structure.</summary>
internal sealed class NodeFactory(LayoutContext context)
{
    public LayoutNode Create(Element element, StructNode? parent) => element switch
    {
        Column c => new ColumnNode(c.Children.Count, i => Create(c.Children[i], parent), c.Spacing, c.KeepLast),
        Row r => RowFor(r, parent),
        MultiColumn m => new MultiColumnNode(CreateAll([.. m.Blocks.Select(b => b.Content)], parent), [.. m.Blocks.Select(b => b.ContinuedHead)], m, this),
        Padding p => new PaddingNode(Create(p.Content, parent), p.Edges),
        Box b => new BoxNode(Create(b.Content, parent), b.Background, b.Border),
        Spacer s => new SpacerNode(s.Height),
        PageBreak b => new PageBreakNode(b, context),
        KeepTogether k => new KeepTogetherNode(Create(k.Content, parent), context),
        KeepWithNext k => new KeepWithNextNode(Create(k.Content, parent)),
        Anchor a => new AnchorNode(a.Name, a.Content is null ? null : Create(a.Content, parent), context),
        Link l => LinkTo(l, parent),
        Section s => Create(s.Content, StructNode.Under(parent, "Sect", title: s.Title)),
        Paragraph p => new ParagraphNode(context.Shape(p.Spans), p.Style, StructNode.Under(parent, p.IsTitle ? "H1" : "P", language: p.Style?.Language), "Paragraph", ownsStructure: true),
        PageReferences r => new PageReferencesNode(r, StructNode.Under(parent, "P", language: r.ParagraphStyle?.Language), context),
        Heading h => HeadingFor(h, parent),
        ListBlock l => ListFor(l, parent),
        Elements.Table t => new TableNode(t, StructNode.Under(parent, "Table", title: t.Summary), this, context),
        Image i => ImageFor(i, parent),
        Canvas c => new CanvasNode(c, c.AltText.Length == 0 ? null : StructNode.Under(parent, "Figure", altText: c.AltText), context),
        TableOfContents t => new TableOfContentsNode(t, parent, context),
        _ => throw new ArgumentException($"The layout engine does not know the element {element.GetType().Name}.", nameof(element)),
    };

    private LayoutNode[] CreateAll(IReadOnlyList<Element> elements, StructNode? parent)
    {
        var nodes = new LayoutNode[elements.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = Create(elements[i], parent);
        }

        return nodes;
    }

    private RowNode RowFor(Row row, StructNode? parent)
    {
        var cells = new (LayoutNode, Width)[row.Cells.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = (Create(row.Cells[i].Content, parent), row.Cells[i].Width);
        }

        return new RowNode(cells, row.Spacing);
    }

    /// <summary>A table cell's content. A cell holding one paragraph (or page references) carries its text itself: TD
    /// with content, no P inside, half the structure elements.</summary>
    public LayoutNode CellContent(Element content, StructNode? cell) => content switch
    {
        Paragraph p => new ParagraphNode(context.Shape(p.Spans), p.Style, cell, "Paragraph"),
        PageReferences r => new PageReferencesNode(r, cell, context),
        _ => Create(content, cell),
    };

    private LinkNode LinkTo(Link link, StructNode? parent)
    {
        var structure = StructNode.Under(parent, "Link");
        return new LinkNode(Create(link.Content, structure), link.Target, structure, ElementText.FirstWords(link.Content));
    }

    private LayoutNode HeadingFor(Heading heading, StructNode? parent)
    {
        var entry = context.Headings.For(heading)
            ?? new HeadingEntry(-1, Math.Clamp(heading.Level, 1, 3), string.Concat(heading.Spans.Select(s => s.Text)), heading.AnchorName ?? "");
        var tag = "H" + entry.Level.ToString(CultureInfo.InvariantCulture);
        var text = new ParagraphNode(context.Shape(heading.Spans), heading.Style, StructNode.Under(parent, tag, language: heading.Style?.Language), tag, unbreakable: true, ownsStructure: true);
        return entry.Index < 0 ? new KeepWithNextNode(text) : new HeadingNode(text, entry, context);
    }

    private ColumnNode ListFor(ListBlock list, StructNode? parent)
    {
        var structure = StructNode.Under(parent, "L");
        ListItemNode Item(int i)
        {
            var item = StructNode.Under(structure, "LI");
            var label = list.Kind == ListKind.Numbered ? (i + 1).ToString(CultureInfo.InvariantCulture) + "." : "\u2022";
            var markerStyle = list.MarkerStyle ?? FirstStyle(list.Items[i]) ?? TextStyle.Body;
            var marker = new ParagraphNode(context.Shape([new Span(label, markerStyle)]), null, StructNode.Under(item, "Lbl"), "ListMarker", unbreakable: true, ownsStructure: true);
            var body = Create(list.Items[i], StructNode.Under(item, "LBody"));
            return new ListItemNode(marker, body, list.Indent, item);
        }

        // A list over pages ends with at least two items on its last page, never one alone.
        return new ColumnNode(list.Items.Count, Item, 0, keepLast: 2);
    }

    private ImageNode ImageFor(Image image, StructNode? parent)
    {
        var size = ImageSize.TryRead(image.Data)
            ?? throw new ArgumentException($"Image \"{image.AltText}\" is neither a PNG nor a JPEG file.", nameof(image));
        return new ImageNode(image, size, StructNode.Under(parent, "Figure", altText: image.AltText));
    }

    // The marker takes the style of the item's first text, so bullets match the text they stand beside.
    private static TextStyle? FirstStyle(Element element) => element switch
    {
        Paragraph p when p.Spans.Count > 0 => p.Spans[0].Style with { Superscript = false, Underline = false },
        _ => ElementTree.Children(element).Select(FirstStyle).FirstOrDefault(s => s is not null),
    };
}
