using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>Page references: a paragraph of the pages the previous layout pass found for the anchors named, made again
/// for each pass.</summary>
internal sealed class PageReferencesNode : LayoutNode
{
    private readonly PageReferences _references;
    private readonly StructNode? _structure;
    private readonly LayoutContext _context;
    private ParagraphNode _text;

    public PageReferencesNode(PageReferences references, StructNode? structure, LayoutContext context)
    {
        _references = references;
        _structure = structure;
        _context = context;
        _text = Text();
    }

    public string FirstWords => _text.FirstWords;

    public override SpacePlan Measure(Space space) => _text.Measure(space);

    public override void Draw(PageCanvas canvas, double x, double y, Space space) => _text.Draw(canvas, x, y, space);

    public override void Restart() => _text = Text();

    public override (double Min, double Max) IntrinsicWidth() => _text.IntrinsicWidth();

    private ParagraphNode Text() => new(
        _context.Shape(PageReferenceText.Spans(_references, _context.Printed.Anchors)), _references.ParagraphStyle, _structure, "Paragraph");
}
