using System.Globalization;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>The table of contents: one linked line per heading down to MaxLevel, indented by level, with the page the
/// previous layout pass put the heading on (the engine lays out again until those numbers stop changing).
/// Tagged TOC, with a TOCI holding a Link for each entry.</summary>
internal static class TableOfContentsNode
{
    private const double IndentPerLevel = 12;

    public static LayoutNode Create(TableOfContents toc, StructNode? parent, LayoutContext context)
    {
        var structure = StructNode.Under(parent, "TOC");
        var style = toc.Style ?? TextStyle.Body;
        var entries = new List<LayoutNode>();
        foreach (var heading in context.Headings.Entries.Where(h => h.Level <= toc.MaxLevel))
        {
            var item = StructNode.Under(structure, "TOCI");
            var link = StructNode.Under(item, "Link");
            var entryStyle = heading.Level == 1 ? style with { Bold = true } : style;
            var page = context.Printed.Headings.TryGetValue(heading.Index, out var number) ? number.ToString(CultureInfo.InvariantCulture) : "0";
            var title = new ParagraphNode(context.ShapeGenerated([new Span(heading.Text, entryStyle)]),
                ParagraphStyle.Default with { MinimumOrphanLines = 1, MinimumWidowLines = 1 }, link, "TocEntry", unbreakable: true);
            var pageNumber = new ParagraphNode(context.ShapeGenerated([new Span(page, entryStyle)]),
                ParagraphStyle.Default with { Alignment = TextAlignment.Right }, link, "TocPage", unbreakable: true);
            var row = new RowNode([(title, Width.Relative()), (pageNumber, Width.Fixed(36))], 6);
            var indented = new PaddingNode(row, new Edges(0, 0, 0, (heading.Level - 1) * IndentPerLevel));
            entries.Add(new LinkNode(indented, LinkTarget.ToAnchor(heading.AnchorName), link, heading.Text));
        }

        return new ColumnNode(entries, 2);
    }
}
