using System.Runtime.InteropServices;
using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Layout;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Paints one page's drawing operations into its content stream. In a tagged document each run of operations of
/// one structure node becomes marked content with an MCID, operations without a node are artifacts, and page furniture
/// is an artifact typed as pagination (ISO 32000-1 14.8.2.2.2); marked content never spans pages.</summary>
internal sealed class PagePainter(PageResources resources, StructureTree? structure, LinkAnnotations links)
{
    private readonly List<ushort> _glyphs = [];
    private readonly PageContent _content = new();

    /// <summary>The page's content stream (valid until the next page is painted) and, in a tagged document, its key in the
    /// structure's parent tree.</summary>
    public (PageContent Content, int? StructParents) Paint(PageCanvas canvas, int page)
    {
        var content = _content;
        content.Start(canvas.Height);
        var key = structure?.BeginPage();
        var parents = new List<int>();
        var marked = new MarkedContent(content, structure, page, parents);
        var furniture = 0;
        for (var i = 0; i < canvas.Ops.Count; i++)
        {
            var op = canvas.Ops[i];
            var pagination = furniture < canvas.Pagination.Count ? canvas.Pagination[furniture] : default;
            if (structure is not null && pagination.Count > 0 && pagination.First == i)
            {
                marked.BeginPagination(pagination.Subtype);
            }

            switch (op)
            {
                // In a tagged document every annotation belongs to a Link element (PDF/UA-1 7.18.1); a link inside an
                // artifact (a repeated table header, page furniture) repeats one already on the page's content, or has
                // no place in the structure, so it gets no annotation.
                case LinkOp { Structure: null } when structure is not null:
                    break;
                case LinkOp link:
                    links.Add(link, page, canvas.Height, structure);
                    break;
                case FigureOp figure when figure.Structure is not null:
                    structure?.SetBox(figure.Structure, figure.X, canvas.Height - figure.Y - figure.Height, figure.X + figure.Width, canvas.Height - figure.Y);
                    break;
                case FigureOp:
                    break;
                case ElementOp element:
                    if (element.Structure is not null)
                    {
                        structure?.Place(element.Structure, page);
                    }

                    break;
                default:
                    if (structure is not null)
                    {
                        marked.Enter(op.Structure);
                    }

                    Draw(content, op);
                    break;
            }

            if (pagination.Count > 0 && pagination.First + pagination.Count == i + 1)
            {
                if (structure is not null)
                {
                    marked.EndPagination();
                }

                furniture++;
            }
        }

        marked.Close();
        if (key is { } structParents)
        {
            structure!.PageDone(structParents, parents);
        }

        return (content, key);
    }

    private void Draw(PageContent content, DrawOp op)
    {
        switch (op)
        {
            case TextOp text:
                var font = resources.Font(text.Face);
                font.Encode(text.Text.Span, _glyphs);
                content.Text(font.Resource, text.Size, text.Color, text.X, text.Baseline, CollectionsMarshal.AsSpan(_glyphs), text.Angle, text.BreakHyphen);
                break;
            case LineOp line:
                content.Line(line.X1, line.Y1, line.X2, line.Y2, line.Stroke);
                break;
            case RectOp rect:
                content.Rectangle(rect.X, rect.Y, rect.Width, rect.Height, rect.Fill, rect.Stroke);
                break;
            case EllipseOp e:
                content.Ellipse(e.CenterX, e.CenterY, e.RadiusX, e.RadiusY, e.Fill, e.Stroke);
                break;
            case PolygonOp polygon:
                content.Polygon(polygon.Points, polygon.Fill, polygon.Stroke);
                break;
            case ImageOp image:
                content.Image(resources.Image(image.Data), image.X, image.Y, image.Width, image.Height);
                break;
        }
    }

    /// <summary>Which marked-content sequence is open on the page: a structure node's, a plain artifact, or furniture.</summary>
    private sealed class MarkedContent(PageContent content, StructureTree? structure, int page, List<int> parents)
    {
        private bool _open;
        private bool _pagination;
        private StructNode? _node;

        public void Enter(StructNode? node)
        {
            if (_pagination || (_open && ReferenceEquals(node, _node)))
            {
                return;
            }

            Close();
            if (node is null)
            {
                content.BeginArtifact(null);
            }
            else
            {
                content.BeginTagged(node.Tag, structure!.MarkContent(node, page, parents));
            }

            (_open, _node) = (true, node);
        }

        public void BeginPagination(string subtype)
        {
            Close();
            content.BeginArtifact(subtype);
            (_open, _pagination, _node) = (true, true, null);
        }

        public void EndPagination()
        {
            _pagination = false;
            Close();
        }

        public void Close()
        {
            if (_open)
            {
                content.EndMarked();
                (_open, _node) = (false, null);
            }
        }
    }
}
