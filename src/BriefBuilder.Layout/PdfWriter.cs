using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Pdf;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout;

/// <summary>The engine's entry point: lay a document out (pages and boxes, for tests and callers) or write it as PDF.
/// The same document, fonts and creation date give the same bytes.</summary>
public static class PdfWriter
{
    /// <summary>Lays the document out without writing a PDF.</summary>
    public static LayoutResult Layout(Document.Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Paginator.Run(document);
    }

    /// <summary>Lays the document out and writes it as PDF; returns the layout (with its warnings).</summary>
    public static LayoutResult Write(Document.Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (pdf, layout) = ToPdf(document);
        output.Write(pdf);
        return layout;
    }

    public static byte[] ToBytes(Document.Document document) => ToPdf(document).Pdf;

    /// <summary>Lays the document out and writes it: when a layout pass has found where everything goes, the pass that
    /// paints it hands each page to the writer (on a second thread) as it is drawn, so the drawing operations of the whole document are never
    /// held at once. The layout comes back with its pages, places and warnings; pages written as they were painted carry no
    /// boxes (lay the document out with <see cref="Layout"/> to inspect them).</summary>
    public static (byte[] Pdf, LayoutResult Layout) ToPdf(Document.Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentWriter? writer = null;
        PageQueue? queue = null;
        try
        {
            var layout = Paginator.Run(document, (expectedPages, anchors) =>
            {
                writer = new DocumentWriter(document, anchors, expectedPages);
                queue = new PageQueue(writer.Page);
                return queue.Add;
            });
            if (writer is null || queue is null)
            {
                return (Render(document, layout), layout);
            }

            queue.Complete();
            layout.Written = true;
            return (writer.Finish(layout.Headings), layout);
        }
        finally
        {
            queue?.Dispose();
        }
    }

    /// <summary>Writes a document as <paramref name="layout"/>, its layout just computed, placed it, without laying it
    /// out again. Writing consumes the layout's drawing operations, so a layout is written once.</summary>
    public static byte[] ToBytes(Document.Document document, LayoutResult layout)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(layout);
        return Render(document, layout);
    }

    private static byte[] Render(Document.Document document, LayoutResult layout)
    {
        if (layout.Written)
        {
            throw new InvalidOperationException("This layout was written already; lay the document out again to write it again.");
        }

        layout.Written = true;
        return DocumentWriter.Write(document, layout);
    }
}
