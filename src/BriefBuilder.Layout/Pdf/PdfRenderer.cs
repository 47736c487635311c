using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Writes laid-out pages as a PDF file, page by page: each page's content stream, resources and link annotations
/// are written as soon as it is painted and its drawing operations dropped; fonts (subset to the glyphs shown), the
/// structure tree, the outline and the metadata follow the last page. Page objects are numbered before any is written, so
/// links and bookmarks can point at pages not yet written.</summary>
internal static class PdfRenderer
{
    public static byte[] Render(Document.Document document, LayoutResult layout)
    {
        var file = new PdfFile();
        var (catalog, pageTree, info, metadata) = (file.Reserve(), file.Reserve(), file.Reserve(), file.Reserve());
        var canvases = layout.Canvases;
        var pages = canvases.Select(_ => file.Reserve()).ToArray();
        var resources = new PageResources(file);
        var structure = document.Tagged ? new StructureTree(file, canvases.Count) : null;
        var links = new LinkAnnotations(file, layout, pages);
        var painter = new PagePainter(resources, structure, links);
        for (var i = 0; i < canvases.Count; i++)
        {
            var canvas = canvases[i];
            var content = painter.Paint(canvas, i, pages[i]);
            var stream = file.Reserve();
            file.Stream(stream, content.Bytes);
            var page = file.Begin(pages[i]).Raw("<</Type/Page/Parent ").Ref(pageTree).Raw("/MediaBox[0 0 ").N(canvas.Width).Number(canvas.Height)
                .Raw("]/Contents ").Ref(stream).Raw("/Resources");
            resources.WritePageResources(page);
            links.WritePageAnnotations(page);
            if (structure is not null)
            {
                page.Raw("/StructParents ").Int(i).Raw("/Tabs/S");
            }

            page.Raw(">>");
            file.End();

            // A painted page's operations are not needed again: dropping them keeps one page's worth alive, not all.
            canvas.Ops.Clear();
            canvas.Ops.TrimExcess();
        }

        resources.WriteFonts();
        var structureRoot = structure?.Write();
        var outline = Outline.Write(file, layout.Headings, pages, [.. canvases.Select(c => c.Height)]);
        DocumentMetadata.WriteInfo(file, info, document.Info);
        WritePageTree(file, pageTree, pages);
        WriteCatalog(file, catalog, document, pageTree, metadata, outline, structureRoot);
        DocumentMetadata.WriteXmp(file, metadata, document.Info, file.HashSoFar());
        return file.Finish(catalog, info);
    }

    private static void WritePageTree(PdfFile file, int number, int[] pages)
    {
        var d = file.Begin(number).Raw("<</Type/Pages/Count ").Int(pages.Length).Raw("/Kids[");
        foreach (var page in pages)
        {
            d.Ref(page).Byte((byte)' ');
        }

        d.Raw("]>>");
        file.End();
    }

    private static void WriteCatalog(PdfFile file, int number, Document.Document document, int pageTree, int metadata, int? outline, int? structureRoot)
    {
        var d = file.Begin(number).Raw("<</Type/Catalog/Pages ").Ref(pageTree).Raw("/Metadata ").Ref(metadata)
            .Raw("/Lang").Text(document.Info.Language).Raw("/ViewerPreferences<</DisplayDocTitle true>>");
        if (outline is { } root)
        {
            d.Raw("/Outlines ").Ref(root).Raw("/PageMode/UseOutlines");
        }

        if (structureRoot is { } tree)
        {
            d.Raw("/MarkInfo<</Marked true>>/StructTreeRoot ").Ref(tree);
        }

        d.Raw(">>");
        file.End();
    }
}
