using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Output;

/// <summary>Lays a document out and hands its pages to a format's page writer. When an earlier layout pass has found every
/// page and anchor (a document with a table of contents or page references), the pass that paints hands each page over
/// as it is drawn, to a second thread, so the drawing operations of the whole document are never held at once; a
/// document laid out in one pass is handed over after it, page by page. Either way the writer sees the same pages.</summary>
internal static class PagedOutput
{
    /// <summary>Lays the document out with its own fonts and writes it: the file and the layout. Pages written as they were
    /// painted carry no boxes (<see cref="DocumentLayout.Run(Document.Document)"/> gives them). <paramref name="pageWritten"/>
    /// hears how many pages are written as each one is (on the page-writing thread when pages are streamed).</summary>
    public static (byte[] File, LayoutResult Layout) Render(Document.Document document, PageWriterFactory start, Action<int>? pageWritten = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (pageWritten is not null)
        {
            var plain = start;
            start = (doc, anchors, pages) => new CountingPageWriter(plain(doc, anchors, pages), pageWritten);
        }

        IPageWriter? writer = null;
        PageQueue? queue = null;
        try
        {
            var layout = Paginator.Run(document, TextMeasurer.For(document.Fonts), (expectedPages, anchors) =>
            {
                writer = start(document, anchors, expectedPages);
                queue = new PageQueue(writer.Page);
                return queue.Add;
            });
            if (writer is null || queue is null)
            {
                return (Render(document, layout, start), layout);
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

    /// <summary>Writes a layout already made. Writing consumes its drawing operations, so a layout is written once.</summary>
    public static byte[] Render(Document.Document document, LayoutResult layout, PageWriterFactory start)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(layout);
        if (layout.Written)
        {
            throw new InvalidOperationException("This layout was written already; lay the document out again to write it again.");
        }

        layout.Written = true;
        var writer = start(document, layout.Anchors, layout.Canvases.Count);
        foreach (var canvas in layout.Canvases)
        {
            writer.Page(canvas);
        }

        return writer.Finish(layout.Headings);
    }

    /// <summary>Lays the document out and writes it to a stream; returns the layout.</summary>
    public static LayoutResult Write(Document.Document document, Stream output, PageWriterFactory start)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (file, layout) = Render(document, start);
        output.Write(file);
        return layout;
    }
}
