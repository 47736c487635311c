using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.Structure;
using PdfSharp.UniversalAccessibility;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Builds the PDF structure tree with PDFsharp's StructureBuilder while operations are painted. Each operation
/// names its structure node; the tagger ends the open elements that are not its ancestors and begins the missing ones,
/// so reading order follows the element tree. Elements stay open across page breaks. When side-by-side content split
/// across pages makes an element reopen, the builder creates a second element; <see cref="StructureMerger"/> folds it
/// back into the first at the end. Content without a node is an artifact.</summary>
internal sealed class StructureTagger
{
    private readonly PdfDocument _document;
    private readonly UAManager _manager;
    private readonly StructureBuilder _builder;
    private readonly List<StructNode> _open = [];
    private readonly Dictionary<StructNode, PdfStructureElement> _elements = [];
    private readonly List<(StructNode Node, PdfStructureElement Duplicate)> _duplicates = [];
    private readonly List<PdfDictionary> _parentTreeLeaves = [];
    private readonly List<(int Key, PdfStructureElement Element)> _pageAnnotationEntries = [];
    private readonly Dictionary<int, string> _paginationArtifacts = [];
    private StructNode? _current;
    private bool _inArtifact;
    private int _artifactsOnPage;

    public StructureTagger(PdfDocument document, string language)
    {
        _document = document;
        _manager = UAManager.ForDocument(document);
        _manager.SetDocumentLanguage(language);
        _builder = _manager.StructureBuilder;
    }

    public void Enter(StructNode? node, DrawOp op, double pageHeight)
    {
        if (node is null)
        {
            if (!_inArtifact)
            {
                BeginArtifact();
            }

            _current = null;
            return;
        }

        if (!_inArtifact && ReferenceEquals(node, _current))
        {
            return;
        }

        EndArtifact();
        _current = node;
        var chain = new List<StructNode>(node.Depth);
        for (var n = node; n.Parent is not null; n = n.Parent)
        {
            chain.Add(n);
        }

        chain.Reverse();
        var common = 0;
        while (common < _open.Count && common < chain.Count && ReferenceEquals(_open[common], chain[common]))
        {
            common++;
        }

        while (_open.Count > common)
        {
            _builder.End();
            _open.RemoveAt(_open.Count - 1);
        }

        for (var i = common; i < chain.Count; i++)
        {
            Begin(chain[i], op, pageHeight);
            _open.Add(chain[i]);
        }
    }

    /// <summary>Starts an artifact of its own for page furniture (Header, Footer, Watermark); the page's content stream
    /// gets its type once the page is painted (<see cref="PaginationArtifacts"/>).</summary>
    public void BeginPagination(string subtype)
    {
        EndArtifact();
        BeginArtifact();
        _paginationArtifacts[_artifactsOnPage - 1] = subtype;
    }

    /// <summary>Ends the furniture's artifact, so what follows is not typed as pagination.</summary>
    public void EndPagination() => EndArtifact();

    /// <summary>The page's pagination artifacts, by their order among its artifacts; the count starts again for the next page.</summary>
    public IReadOnlyDictionary<int, string> TakePaginationArtifacts()
    {
        var taken = new Dictionary<int, string>(_paginationArtifacts);
        _paginationArtifacts.Clear();
        _artifactsOnPage = 0;
        return taken;
    }

    /// <summary>Ties a link annotation to the open Link element with an object reference (PDF/UA-1 7.18.5).</summary>
    public void AttachAnnotation(PdfAnnotation annotation, PdfPage page)
    {
        var element = _builder.CurrentStructureElement;
        var objr = new PdfDictionary(_document);
        objr.Elements.SetName("/Type", "/OBJR");
        objr.Elements.SetReference("/Obj", annotation);
        objr.Elements.SetReference("/Pg", page);
        Kids(element).Elements.Add(objr);
        var root = _manager.StructureTreeRoot;
        var key = root.Elements.GetInteger("/ParentTreeNextKey");
        annotation.Elements.SetInteger("/StructParent", key);
        root.Elements.SetInteger("/ParentTreeNextKey", key + 1);
        _pageAnnotationEntries.Add((key, element));
        page.Elements.SetName("/Tabs", "/S");
    }

    /// <summary>Closes marked content before the page's graphics are disposed: marked content may not span pages.</summary>
    public void EndPage()
    {
        EndArtifact();
        _builder.EndMarkedContentsWithId();
        _current = null;
        MovePageEntriesToLeaf();
    }

    public void Finish()
    {
        while (_open.Count > 0)
        {
            _builder.End();
            _open.RemoveAt(_open.Count - 1);
        }

        MovePageEntriesToLeaf();
        var root = (PdfDictionary)_manager.StructureTreeRoot.Elements.GetDictionary("/ParentTree")!;
        var kids = new PdfArray(_document);
        foreach (var leaf in _parentTreeLeaves)
        {
            kids.Elements.Add(leaf.Reference!);
        }

        root.Elements.Remove("/Nums");
        root.Elements.SetObject("/Kids", kids);
        StructureMerger.Merge(_elements, _duplicates, _parentTreeLeaves);
    }

    // PDFsharp's builder finds a page's entry by scanning the parent tree root's /Nums, which grows with every page.
    // Moving each finished page's entries into a leaf of the number tree (ISO 32000-1 7.9.7) keeps that scan short,
    // so tagging stays linear in the page count. The page's link annotations wait outside the root until then: with
    // them in it, the scan (made for every piece of marked content) would grow with the page's links.
    private void MovePageEntriesToLeaf()
    {
        var root = _manager.StructureTreeRoot.Elements.GetDictionary("/ParentTree")!;
        var pageEntries = root.Elements.GetArray("/Nums");
        if (pageEntries is not { Elements.Count: > 0 } && _pageAnnotationEntries.Count == 0)
        {
            return;
        }

        var nums = Merged(pageEntries, _pageAnnotationEntries);
        _pageAnnotationEntries.Clear();
        var leaf = new PdfDictionary(_document);
        _document.Internals.AddObject(leaf);
        var limits = new PdfArray(_document);
        limits.Elements.Add(nums.Elements[0]);
        limits.Elements.Add(nums.Elements[^2]);
        leaf.Elements.SetObject("/Limits", limits);
        leaf.Elements.SetObject("/Nums", nums);
        root.Elements.Remove("/Nums");
        _parentTreeLeaves.Add(leaf);
    }

    /// <summary>The page's entries and its annotations' entries as one /Nums array, keys in ascending order.</summary>
    private static PdfArray Merged(PdfArray? pageEntries, List<(int Key, PdfStructureElement Element)> annotations)
    {
        var nums = new PdfArray();
        var page = 0;
        var pageCount = pageEntries?.Elements.Count ?? 0;
        foreach (var (key, element) in annotations)
        {
            for (; page < pageCount && ((PdfInteger)pageEntries!.Elements[page]).Value < key; page += 2)
            {
                nums.Elements.Add(pageEntries.Elements[page]);
                nums.Elements.Add(pageEntries.Elements[page + 1]);
            }

            nums.Elements.Add(new PdfInteger(key));
            nums.Elements.Add(element);
        }

        for (; page < pageCount; page += 2)
        {
            nums.Elements.Add(pageEntries!.Elements[page]);
            nums.Elements.Add(pageEntries.Elements[page + 1]);
        }

        return nums;
    }

    internal static PdfArray Kids(PdfDictionary element)
    {
        var kids = element.Elements.GetArray("/K");
        if (kids is null)
        {
            kids = new PdfArray();
            element.Elements.SetObject("/K", kids);
        }

        return kids;
    }

    private void BeginArtifact()
    {
        _builder.BeginArtifact();
        _inArtifact = true;
        _artifactsOnPage++;
    }

    private void EndArtifact()
    {
        if (_inArtifact)
        {
            _builder.End();
            _inArtifact = false;
        }
    }

    private void Begin(StructNode node, DrawOp op, double pageHeight)
    {
        switch (node.Tag)
        {
            case "Sect" or "TOC" or "TOCI" or "Div" or "Part" or "Art":
                _builder.BeginGroupingElement(node.Tag);
                break;
            case "Link" or "Span" or "Reference" or "Note":
                _builder.BeginInlineLevelElement(node.Tag);
                break;
            case "Figure" or "Formula":
                var box = op is FigureOp f ? new XRect(f.X, pageHeight - f.Y - f.Height, f.Width, f.Height) : new XRect();
                _builder.BeginIllustrationElement(node.Tag, node.AltText ?? "", box);
                break;
            default:
                _builder.BeginBlockLevelElement(node.Tag);
                break;
        }

        var element = _builder.CurrentStructureElement;
        SetAttributes(node, element);
        if (!_elements.TryAdd(node, element))
        {
            _duplicates.Add((node, element));
        }
    }

    private void SetAttributes(StructNode node, PdfStructureElement element)
    {
        if (node.Title is { } title)
        {
            element.Elements.SetString("/T", title);
        }

        if (node.Language is { } language)
        {
            _builder.SetLanguage(language);
        }

        if (node.Tag is "TH" or "TD")
        {
            if (node.RowSpan > 1)
            {
                _builder.SetRowSpan(node.RowSpan);
            }

            if (node.ColumnSpan > 1)
            {
                _builder.SetColSpan(node.ColumnSpan);
            }
        }

        // PDF/UA-1 7.5: header cells say which cells they head (ISO 32000-1 table 349, Scope).
        if (node.Tag == "TH")
        {
            element.TableAttributes.Elements.SetName("/Scope", node.Scope == HeaderScope.Row ? "/Row" : "/Column");
        }
    }
}
