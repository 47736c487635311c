using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Results;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Writes laid-out pages with PDFsharp: paints each page's operations in order while the tagger builds the
/// structure tree, adds link annotations (internal ones point at their anchor's page and position once all pages
/// exist), the outline from the headings, and the metadata. The layout's drawing operations are consumed.</summary>
internal static class PdfRenderer
{
    public static PdfDocument Render(Document.Document document, LayoutResult layout)
    {
        PdfFontResolver.EnsureInstalled();
        var pdf = new PdfDocument();

        // Deflate at the fastest level: less CPU in saving; files grow (a third on text-only pages, 5% on the archival snapshot).
        pdf.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        DocumentMetadata.Apply(pdf, document.Info);
        var tagger = document.Tagged ? new StructureTagger(pdf, document.Info.Language) : null;
        var painter = new OpPainter();
        var internalLinks = new List<(PdfLinkAnnotation Annotation, string Anchor)>();
        var modified = DocumentMetadata.PdfDate(document.Info.CreationDate);
        foreach (var canvas in layout.Canvases)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromPoint(canvas.Width);
            page.Height = XUnit.FromPoint(canvas.Height);
            using (var gfx = XGraphics.FromPdfPage(page))
            {
                var furniture = 0;
                for (var i = 0; i < canvas.Ops.Count; i++)
                {
                    var op = canvas.Ops[i];
                    if (tagger is not null && furniture < canvas.Pagination.Count && canvas.Pagination[furniture].First == i)
                    {
                        tagger.BeginPagination(canvas.Pagination[furniture].Subtype);
                    }

                    tagger?.Enter(op.Structure, op, canvas.Height);
                    if (op is LinkOp link)
                    {
                        var annotation = Annotate(pdf, page, canvas.Height, link, modified, internalLinks);
                        tagger?.AttachAnnotation(annotation, page);
                    }
                    else
                    {
                        painter.Paint(gfx, op);
                    }

                    if (tagger is not null && furniture < canvas.Pagination.Count && canvas.Pagination[furniture].First + canvas.Pagination[furniture].Count == i + 1)
                    {
                        tagger.EndPagination();
                        furniture++;
                    }
                }

                tagger?.EndPage();
            }

            if (tagger is not null)
            {
                PaginationArtifacts.Type(page, tagger.TakePaginationArtifacts());
            }

            // A painted page's operations are not needed again: dropping them keeps one page's worth alive, not all.
            canvas.Ops.Clear();
            canvas.Ops.TrimExcess();
        }

        tagger?.Finish();
        ResolveInternalLinks(pdf, layout, internalLinks);
        Outline.Build(pdf, layout);
        pdf.ViewerPreferences.DisplayDocTitle = true;
        return pdf;
    }

    private static PdfLinkAnnotation Annotate(PdfDocument pdf, PdfPage page, double pageHeight, LinkOp link, string modified, List<(PdfLinkAnnotation, string)> internalLinks)
    {
        var annotation = new PdfLinkAnnotation(pdf)
        {
            Rectangle = new PdfRectangle(new XPoint(link.X, pageHeight - link.Y - link.Height), new XPoint(link.X + link.Width, pageHeight - link.Y)),
        };
        annotation.Elements.SetString("/Contents", link.Description);
        annotation.Elements.SetString("/M", modified);
        annotation.Elements.SetString("/NM", $"link-{pdf.PageCount}-{page.Annotations.Count + 1}");
        switch (link.Target)
        {
            case ExternalLink external:
                var action = new PdfDictionary(pdf);
                action.Elements.SetName("/S", "/URI");
                action.Elements.SetString("/URI", external.Uri);
                annotation.Elements.SetObject("/A", action);
                break;
            case InternalLink anchor:
                internalLinks.Add((annotation, anchor.AnchorName));
                break;
        }

        page.Annotations.Add(annotation);
        return annotation;
    }

    private static void ResolveInternalLinks(PdfDocument pdf, LayoutResult layout, List<(PdfLinkAnnotation Annotation, string Anchor)> links)
    {
        foreach (var (annotation, anchor) in links)
        {
            if (layout.Anchors.TryGetValue(anchor, out var place))
            {
                annotation.Elements.SetObject("/Dest", Destination(pdf, place.Page, place.X, place.Y));
            }
        }
    }

    /// <summary>An explicit destination [page /XYZ left top null] (ISO 32000-1 12.3.2.2), in PDF coordinates (y up).</summary>
    internal static PdfArray Destination(PdfDocument pdf, int pageNumber, double x, double y)
    {
        var page = pdf.Pages[pageNumber - 1];
        var destination = new PdfArray(pdf);
        destination.Elements.Add(page.Reference!);
        destination.Elements.Add(new PdfName("/XYZ"));
        destination.Elements.Add(new PdfReal(Math.Round(x, 2)));
        destination.Elements.Add(new PdfReal(Math.Round(page.Height.Point - y, 2)));
        destination.Elements.Add(PdfNull.Value);
        return destination;
    }
}
