using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout;

namespace BriefBuilder.Layout.Pdf;

/// <summary>The logical structure (ISO 32000-1 14.7) gathered while pages are painted: every structure node that marks
/// content gets one structure element, created at its first content together with its ancestors, and collects its
/// kids in reading order: marked content by MCID, child elements, link annotations by object reference. Side-by-side
/// content split across pages simply adds kids on the later page. An element whose node the layout reports complete
/// (every part of it drawn) is written then, with its subtree, and let go, so a long document holds the elements of
/// the pages under way; the rest, the parent tree that maps each page's marked content and each annotation back to its
/// element, and the root follow the last page.</summary>
internal sealed class StructureTree(PdfFile file)
{
    // Entries per leaf of the parent tree's number tree (7.9.7), so no single object grows with the document.
    private const int LeafSize = 256;

    // The elements made and not yet written, by structure node number. Numbers grow with every layout pass (nodes are
    // made again in each), so only the open elements are kept by number, not a slot for every number handed out.
    private readonly Dictionary<int, StructureElement> _open = [];
    private readonly List<int> _top = [];
    private int _made;

    // The parent tree's values by key: a page's elements by MCID, or the element of an annotation. Keys are handed out
    // in the order pages and links are painted.
    private readonly BlockList<(int[]? PageParents, int Annotation)> _parentTree = new();
    private readonly int _root = file.Reserve();

    /// <summary>Marks content of <paramref name="node"/> on the page; returns its MCID there (its index in <paramref name="pageParents"/>).</summary>
    public int MarkContent(StructNode node, int page, List<int> pageParents)
    {
        var element = Ensure(node);
        element.Page ??= page;
        var mcid = pageParents.Count;
        element.Kids.Add(new StructureKid(StructureKidKind.Content, mcid, page));
        pageParents.Add(element.Number);
        return mcid;
    }

    /// <summary>Ties an annotation to the node's element (PDF/UA-1 7.18.5); returns the annotation's /StructParent key.</summary>
    public int AttachAnnotation(StructNode node, int annotation, int page)
    {
        var element = Ensure(node);
        element.Page ??= page;
        element.Kids.Add(new StructureKid(StructureKidKind.Annotation, annotation, page));
        return _parentTree.Add((null, element.Number));
    }

    /// <summary>The /StructParents key of a page about to be painted; its entries follow with <see cref="PageDone"/>.</summary>
    public int BeginPage() => _parentTree.Add(([], 0));

    /// <summary>Makes the node's element (and its ancestors) now, on this page, whether or not content follows.</summary>
    public void Place(StructNode node, int page) => Ensure(node).Page ??= page;

    /// <summary>A figure's bounding box, in PDF coordinates (x1, y1, x2, y2), for its layout attributes.</summary>
    public void SetBox(StructNode node, double x1, double y1, double x2, double y2) => Ensure(node).Box = [x1, y1, x2, y2];

    public void PageDone(int key, List<int> parents) => _parentTree[key] = ([.. parents], 0);

    /// <summary>Writes the element of a node every part of which is drawn, with its subtree, and lets them go (nothing,
    /// when the node marked no content).</summary>
    public void Complete(StructNode node)
    {
        if (_open.TryGetValue(node.Number, out var element))
        {
            WriteSubtree(element);
        }
    }

    /// <summary>Writes the elements still open, the parent tree and the tree root; returns the root's object number.</summary>
    public int Write()
    {
        // Those still open go in the order they were made.
        foreach (var element in _open.Values.OrderBy(e => e.Sequence))
        {
            element.Write(file, _root);
        }

        var parentTree = WriteParentTree();
        var root = file.Begin(_root).Raw("<</Type/StructTreeRoot/K[");
        foreach (var number in _top)
        {
            root.Ref(number).Byte((byte)' ');
        }

        root.Raw("]/ParentTree ").Ref(parentTree).Raw("/ParentTreeNextKey ").Int(_parentTree.Count).Raw(">>");
        file.End();
        return _root;
    }

    private StructureElement Ensure(StructNode node)
    {
        if (_open.TryGetValue(node.Number, out var known))
        {
            return known;
        }

        if (node.WrittenBy == this)
        {
            // The layout reported the node complete and then drew more of it: a bug, which would otherwise give the
            // node a second element.
            throw new InvalidOperationException($"Content of a {node.Tag} structure element was drawn after the element was written.");
        }

        var parent = node.Parent is null ? null : Ensure(node.Parent);
        var element = new StructureElement(node, file.Reserve(), parent?.Number, _made++);
        _open.Add(node.Number, element);
        if (parent is null)
        {
            _top.Add(element.Number);
        }
        else
        {
            parent.Kids.Add(new StructureKid(StructureKidKind.Element, element.Number, 0, node.Number));
        }

        return element;
    }

    private void WriteSubtree(StructureElement element)
    {
        foreach (var kid in element.Kids)
        {
            if (kid.Kind == StructureKidKind.Element && _open.TryGetValue(kid.Node, out var child))
            {
                WriteSubtree(child);
            }
        }

        element.Write(file, _root);
        _open.Remove(element.Node.Number);
        element.Node.WrittenBy = this;
    }

    private int WriteParentTree()
    {
        var keys = _parentTree.Count;
        var leaves = new List<(int Number, int First, int Last)>();
        for (var first = 0; first < keys; first += LeafSize)
        {
            var last = Math.Min(keys, first + LeafSize) - 1;
            var leaf = file.Reserve();
            var d = file.Begin(leaf).Raw("<</Limits[").Int(first).Byte((byte)' ').Int(last).Raw("]/Nums[");
            for (var key = first; key <= last; key++)
            {
                d.Int(key).Byte((byte)' ');
                if (_parentTree[key].PageParents is { } parents)
                {
                    d.Byte((byte)'[');
                    foreach (var number in parents)
                    {
                        d.Ref(number).Byte((byte)' ');
                    }

                    d.Raw("]");
                }
                else
                {
                    d.Ref(_parentTree[key].Annotation).Byte((byte)' ');
                }
            }

            d.Raw("]>>");
            file.End();
            leaves.Add((leaf, first, last));
        }

        var tree = file.Reserve();
        var t = file.Begin(tree).Raw("<</Kids[");
        foreach (var (number, _, _) in leaves)
        {
            t.Ref(number).Byte((byte)' ');
        }

        t.Raw("]>>");
        file.End();
        return tree;
    }
}
