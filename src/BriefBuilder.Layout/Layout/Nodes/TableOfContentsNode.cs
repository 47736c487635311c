using System.Globalization;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>The table of contents: one linked line per heading down to MaxLevel, indented by level, with the page the
/// previous layout pass put the heading on (the engine lays out again until those numbers stop changing).
/// Tagged TOC, with a TOCI holding a Reference and in it a Link for each entry.</summary>
internal sealed class TableOfContentsNode : LayoutNode
{
    private const double IndentPerLevel = 12;

    private readonly TableOfContents _toc;
    private readonly StructNode? _structure;
    private readonly LayoutContext _context;
    private readonly ColumnNode _entries;

    public TableOfContentsNode(TableOfContents toc, StructNode? parent, LayoutContext context)
    {
        _toc = toc;
        _structure = StructNode.Under(parent, "TOC");
        _context = context;
        List<HeadingEntry> headings = [.. context.Headings.Entries.Where(h => h.Level <= toc.MaxLevel)];
        _entries = new ColumnNode(headings.Count, i => Entry(headings[i]), 2);
    }

    public override SpacePlan Measure(Space space) => _entries.Measure(space);

    public override void Draw(PageCanvas canvas, double x, double y, Space space) => _entries.Draw(canvas, x, y, space);

    // Each pass prints the pages the pass before found: the entries are made again, each when the pass reaches it.
    public override void Restart() => _entries.Restart();

    public override (double Min, double Max) IntrinsicWidth() => _entries.IntrinsicWidth();

    private LinkNode Entry(HeadingEntry heading)
    {
        var style = _toc.Style ?? TextStyle.Body;
        var item = StructNode.Under(_structure, "TOCI");
        // ISO 32000-1 14.8.4.3.2: a TOCI holds a Reference (not a Link directly), the Link inside it.
        var link = StructNode.Under(StructNode.Under(item, "Reference"), "Link");
        var entryStyle = heading.Level == 1 ? style with { Bold = true } : style;
        var page = _context.Printed.Headings.TryGetValue(heading.Index, out var number) ? number.ToString(CultureInfo.InvariantCulture) : "0";
        var title = new ParagraphNode(_context.Shape([new Span(heading.Text, entryStyle)]),
            ParagraphStyle.Default with { MinimumOrphanLines = 1, MinimumWidowLines = 1 }, link, "TocEntry", unbreakable: true);
        var pageNumber = new ParagraphNode(_context.Shape([new Span(page, entryStyle)]),
            ParagraphStyle.Default with { Alignment = TextAlignment.Right }, link, "TocPage", unbreakable: true);
        var row = new RowNode([(title, Width.Relative()), (pageNumber, Width.Fixed(36))], 6);
        var indented = new PaddingNode(row, new Edges(0, 0, 0, (heading.Level - 1) * IndentPerLevel));
        return new LinkNode(indented, LinkTarget.ToAnchor(heading.AnchorName), link, heading.Text);
    }
}
