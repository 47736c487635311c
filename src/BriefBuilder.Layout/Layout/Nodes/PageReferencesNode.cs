using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>Page references: a paragraph of the pages the anchors named landed on, made again for each pass when the
/// layout reaches it: an anchor already placed in the pass prints its page, one not placed yet the page the previous
/// pass found.</summary>
internal sealed class PageReferencesNode : LayoutNode
{
    private readonly PageReferences _references;
    private readonly StructNode? _structure;
    private readonly LayoutContext _context;
    private ParagraphNode? _text;

    public PageReferencesNode(PageReferences references, StructNode? structure, LayoutContext context)
    {
        _references = references;
        _structure = structure;
        _context = context;
    }

    public string FirstWords => Text.FirstWords;

    public override SpacePlan Measure(Space space) => Text.Measure(space);

    public override void Draw(PageCanvas canvas, double x, double y, Space space) => Text.Draw(canvas, x, y, space);

    // Made again when next asked for, so that it prints the anchors placed in the pass by then.
    public override void Restart() => _text = null;

    public override (double Min, double Max) IntrinsicWidth() => Text.IntrinsicWidth();

    private ParagraphNode Text => _text ??= new(
        _context.Shape(PageReferenceText.Spans(_references, _context.PageForReference)), _references.ParagraphStyle, _structure, "Paragraph");
}
