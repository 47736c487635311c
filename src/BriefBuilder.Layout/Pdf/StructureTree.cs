using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout;

namespace BriefBuilder.Layout.Pdf;

/// <summary>The logical structure (ISO 32000-1 14.7) gathered while pages are painted: every structure node that marks
/// content gets one structure element, created at its first content together with its ancestors, and collects its
/// kids in reading order: marked content by MCID, child elements, link annotations by object reference. Side-by-side
/// content split across pages simply adds kids on the later page. Written once all pages are, with the parent tree
/// that maps each page's marked content and each annotation back to its element.</summary>
internal sealed class StructureTree(PdfFile file)
{
    // Entries per leaf of the parent tree's number tree (7.9.7), so no single object grows with the document.
    private const int LeafSize = 256;
    private readonly BlockList<StructureElement?> _elements = new();
    private readonly BlockList<StructureElement> _order = new();

    // Every element's kids, chained element by element in one list: a few hundred thousand elements need no list each.
    private readonly BlockList<Kid> _kids = new();
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
        AddKid(element, KidKind.Content, mcid, page);
        pageParents.Add(element.Number);
        return mcid;
    }

    /// <summary>Ties an annotation to the node's element (PDF/UA-1 7.18.5); returns the annotation's /StructParent key.</summary>
    public int AttachAnnotation(StructNode node, int annotation, int page)
    {
        var element = Ensure(node);
        element.Page ??= page;
        AddKid(element, KidKind.Annotation, annotation, page);
        return _parentTree.Add((null, element.Number));
    }

    /// <summary>The /StructParents key of a page about to be painted; its entries follow with <see cref="PageDone"/>.</summary>
    public int BeginPage() => _parentTree.Add(([], 0));

    /// <summary>Makes the node's element (and its ancestors) now, on this page, whether or not content follows.</summary>
    public void Place(StructNode node, int page) => Ensure(node).Page ??= page;

    /// <summary>A figure's bounding box, in PDF coordinates (x1, y1, x2, y2), for its layout attributes.</summary>
    public void SetBox(StructNode node, double x1, double y1, double x2, double y2) => Ensure(node).Box = [x1, y1, x2, y2];

    public void PageDone(int key, List<int> parents) => _parentTree[key] = ([.. parents], 0);

    /// <summary>Writes the elements, the parent tree and the tree root; returns the root's object number.</summary>
    public int Write()
    {
        for (var i = 0; i < _order.Count; i++)
        {
            WriteElement(_order[i]);
        }

        var parentTree = WriteParentTree();
        var root = file.Begin(_root).Raw("<</Type/StructTreeRoot/K[");
        for (var i = 0; i < _order.Count; i++)
        {
            if (_order[i].Parent is null)
            {
                root.Ref(_order[i].Number).Byte((byte)' ');
            }
        }

        root.Raw("]/ParentTree ").Ref(parentTree).Raw("/ParentTreeNextKey ").Int(_parentTree.Count).Raw(">>");
        file.End();
        return _root;
    }

    private StructureElement Ensure(StructNode node)
    {
        if (node.Number < _elements.Count && _elements[node.Number] is { } known)
        {
            return known;
        }

        var parent = node.Parent is null ? null : Ensure(node.Parent);
        var element = new StructureElement(node, file.Reserve(), parent);
        while (_elements.Count <= node.Number)
        {
            _elements.Add(null);
        }

        _elements[node.Number] = element;
        _order.Add(element);
        if (parent is not null)
        {
            AddKid(parent, KidKind.Element, element.Number, 0);
        }

        return element;
    }

    private void WriteElement(StructureElement element)
    {
        var node = element.Node;
        var d = file.Begin(element.Number).Raw("<</Type/StructElem/S").Name(node.Tag).Raw("/P ").Ref(element.Parent?.Number ?? _root);
        if (element.Page is { } page)
        {
            d.Raw("/Pg ").Ref(page);
        }

        d.Raw("/K[");
        for (var at = element.FirstKid; at >= 0; at = _kids[at].Next)
        {
            var kid = _kids[at];
            switch (kid.Kind)
            {
                case KidKind.Content when kid.Page == element.Page:
                    d.Int(kid.Value).Byte((byte)' ');
                    break;
                case KidKind.Content:
                    d.Raw("<</Type/MCR/Pg ").Ref(kid.Page).Raw("/MCID ").Int(kid.Value).Raw(">>");
                    break;
                case KidKind.Element:
                    d.Ref(kid.Value).Byte((byte)' ');
                    break;
                case KidKind.Annotation:
                    d.Raw("<</Type/OBJR/Obj ").Ref(kid.Value).Raw("/Pg ").Ref(kid.Page).Raw(">>");
                    break;
            }
        }

        d.Raw("]");
        Attributes(d, element);
        d.Raw(">>");
        file.End();
    }

    private static void Attributes(PdfBuffer d, StructureElement element)
    {
        var node = element.Node;
        if (node.Title is { } title)
        {
            d.Raw("/T").Text(title);
        }

        if (node.AltText is { } alt)
        {
            d.Raw("/Alt").Text(alt);
        }

        if (node.Language is { } language)
        {
            d.Raw("/Lang").Text(language);
        }

        // PDF/UA-1 7.5: header cells say which cells they head (table 349, Scope); spans as RowSpan/ColSpan.
        if (node.Tag is "TH" or "TD" && (node.Tag == "TH" || node.RowSpan > 1 || node.ColumnSpan > 1))
        {
            d.Raw("/A<</O/Table");
            if (node.Tag == "TH")
            {
                d.Raw(node.Scope == HeaderScope.Row ? "/Scope/Row" : "/Scope/Column");
            }

            if (node.RowSpan > 1)
            {
                d.Raw("/RowSpan ").Int(node.RowSpan);
            }

            if (node.ColumnSpan > 1)
            {
                d.Raw("/ColSpan ").Int(node.ColumnSpan);
            }

            d.Raw(">>");
        }

        if (element.Box is { } box)
        {
            d.Raw("/A<</O/Layout/Placement/Block/BBox[").N(box[0]).N(box[1]).N(box[2]).Number(box[3]).Raw("]>>");
        }
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

    private enum KidKind : byte
    {
        Content,
        Element,
        Annotation,
    }

    private void AddKid(StructureElement element, KidKind kind, int value, int page)
    {
        var at = _kids.Add(new Kid(kind, value, page, -1));
        if (element.LastKid >= 0)
        {
            _kids[element.LastKid].Next = at;
        }
        else
        {
            element.FirstKid = at;
        }

        element.LastKid = at;
    }

    /// <summary>One kid of an element, and the index of the element's next kid (-1 for its last).</summary>
    private record struct Kid(KidKind Kind, int Value, int Page, int Next);

    private sealed class StructureElement(StructNode node, int number, StructureElement? parent)
    {
        public StructNode Node { get; } = node;

        public int Number { get; } = number;

        public StructureElement? Parent { get; } = parent;

        public int? Page { get; set; }

        public int FirstKid { get; set; } = -1;

        public int LastKid { get; set; } = -1;

        public double[]? Box { get; set; }
    }
}
