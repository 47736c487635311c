using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Output;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Writes a document as a PDF file page by page, as pages are laid out: each page's content stream, resources
/// and link annotations are written when it is handed over, and its drawing operations dropped; fonts (subset to the
/// glyphs shown), the structure tree, the outline and the metadata follow the last page. Internal links point at the
/// anchors a layout found, so pages can be written before the pages they link to: page objects are numbered ahead.</summary>
internal sealed class DocumentWriter : IPageWriter
{
    private readonly Document.Document _document;
    private readonly PdfFile _file;
    private readonly (int Catalog, int PageTree, int Info, int Metadata) _objects;
    private readonly List<int> _pages = [];

    // Every page of a document has its page setup's size.
    private readonly double _pageHeight;
    private readonly PageResources _resources;
    private readonly StructureTree? _structure;
    private readonly LinkAnnotations _links;
    private readonly PagePainter _painter;
    private readonly PendingContent _content;
    private int _written;

    /// <param name="output">Where the file goes, front to back, as pages are written.</param>
    /// <param name="anchors">Where the document's anchors land, from its layout.</param>
    /// <param name="expectedPages">How many pages the layout found (more may come; numbers are reserved ahead for links).</param>
    public DocumentWriter(Document.Document document, Stream output, IReadOnlyDictionary<string, AnchorPlacement> anchors, int expectedPages)
    {
        _document = document;
        _file = new PdfFile(output);
        _objects = (_file.Reserve(), _file.Reserve(), _file.Reserve(), _file.Reserve());
        _resources = new PageResources(_file, archival: document.Archival is not null);
        _structure = document.Tagged ? new StructureTree(_file) : null;
        _pageHeight = PageGeometry.For(document.Page).Height;
        _links = new LinkAnnotations(_file, anchors, PageObject, _pageHeight);
        _painter = new PagePainter(_resources, _structure, _links);
        _content = new PendingContent(_file);
        PageObject(expectedPages);
    }

    /// <summary>Writes the next page and drops what it drew.</summary>
    public void Page(PageCanvas canvas)
    {
        var number = PageObject(++_written);
        var (content, structParents) = _painter.Paint(canvas, number);
        foreach (var node in canvas.Completed)
        {
            _structure?.Complete(node);
        }

        var stream = _file.Reserve();
        _content.Add(stream, content.Bytes);
        var page = _file.Begin(number).Raw("<</Type/Page/Parent ").Ref(_objects.PageTree).Raw("/MediaBox[0 0 ").N(canvas.Width).Number(canvas.Height)
            .Raw("]/Contents ").Ref(stream).Raw("/Resources");
        _resources.WritePageResources(page);
        _links.WritePageAnnotations(page);
        if (structParents is { } key)
        {
            page.Raw("/StructParents ").Int(key).Raw("/Tabs/S");
        }

        page.Raw(">>");
        _file.End();
        canvas.LetGoOfContent();
    }

    /// <inheritdoc/>
    public bool HelpOnce() => _content.HelpOnce();

    /// <summary>Writes what follows the pages; returns the file's length.</summary>
    public long Finish(IReadOnlyList<HeadingPlacement> headings)
    {
        _content.WriteAll();
        // Numbers reserved for pages the layout did not make after all are written as null objects (7.3.9).
        for (var i = _written; i < _pages.Count; i++)
        {
            _file.Begin(_pages[i]).Raw("null");
            _file.End();
        }

        _resources.WriteFonts();
        var structureRoot = _structure?.Write();
        var written = _pages.Take(_written).ToList();
        var outline = Outline.Write(_file, [.. headings.Where(h => h.Page <= _written)], written, _pageHeight);
        var archival = _document.Archival is { } options ? ArchivalParts.Write(_file, options, _document.Tagged) : null;
        DocumentMetadata.WriteInfo(_file, _objects.Info, _document.Info);
        WritePageTree(written);
        WriteCatalog(outline, structureRoot, archival);
        DocumentMetadata.WriteXmp(_file, _objects.Metadata, _document.Info, _document.Tagged, _file.HashSoFar(), archival?.Conformance);
        return _file.Finish(_objects.Catalog, _objects.Info);
    }

    // The object number of a (one-based) page, reserving numbers up to it.
    private int PageObject(int pageNumber)
    {
        while (_pages.Count < pageNumber)
        {
            _pages.Add(_file.Reserve());
        }

        return pageNumber > 0 ? _pages[pageNumber - 1] : 0;
    }

    private void WritePageTree(List<int> pages)
    {
        var d = _file.Begin(_objects.PageTree).Raw("<</Type/Pages/Count ").Int(pages.Count).Raw("/Kids[");
        foreach (var page in pages)
        {
            d.Ref(page).Byte((byte)' ');
        }

        d.Raw("]>>");
        _file.End();
    }

    private void WriteCatalog(int? outline, int? structureRoot, ArchivalParts? archival)
    {
        var d = _file.Begin(_objects.Catalog).Raw("<</Type/Catalog/Pages ").Ref(_objects.PageTree).Raw("/Metadata ").Ref(_objects.Metadata)
            .Raw("/Lang").Text(_document.Info.Language).Raw("/ViewerPreferences<</DisplayDocTitle true>>");
        if (outline is { } root)
        {
            d.Raw("/Outlines ").Ref(root).Raw("/PageMode/UseOutlines");
        }

        if (structureRoot is { } tree)
        {
            d.Raw("/MarkInfo<</Marked true>>/StructTreeRoot ").Ref(tree);
        }

        archival?.WriteCatalogEntries(d);

        d.Raw(">>");
        _file.End();
    }
}
