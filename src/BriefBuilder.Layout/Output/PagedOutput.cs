using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Output;

/// <summary>Lays a document out and hands its pages to a format's page writer. When an earlier layout pass has found every
/// page and anchor (a document with a table of contents or page references), the pass that paints hands each page over
/// as it is drawn, to a second thread, so the drawing operations of the whole document are never held at once; a
/// document laid out in one pass is handed over after it, page by page. Either way the writer sees the same pages, and
/// writes the file to its output as it goes.</summary>
internal static class PagedOutput
{
    /// <summary>Lays the document out with its own fonts and writes it to <paramref name="output"/>; returns the layout.
    /// Pages written as they were painted carry no boxes (<see cref="DocumentLayout.Run(Document.Document)"/> gives them).
    /// <paramref name="pageWritten"/> hears how many pages are written as each one is (on the page-writing thread when
    /// pages are streamed).</summary>
    public static LayoutResult Write(Document.Document document, Stream output, PageWriterFactory start, Action<int>? pageWritten = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        if (pageWritten is not null)
        {
            var plain = start;
            start = (doc, stream, anchors, pages) => new CountingPageWriter(plain(doc, stream, anchors, pages), pageWritten);
        }

        IPageWriter? writer = null;
        PageQueue? queue = null;
        // A stream that can be cut back lets the layout paint a pass before it knows the pass settles: when it does not,
        // what was written of it is cut off and the pass painted later is written in its place.
        var origin = output.CanSeek ? output.Position : (long?)null;
        Action? rewind = origin is { } at ? () =>
        {
            queue?.Complete();
            (queue, writer) = (null, null);
            output.SetLength(at);
            output.Position = at;
        }
        : null;
        try
        {
            var layout = Paginator.Run(document, TextMeasurer.For(document.Fonts), (expectedPages, anchors) =>
            {
                writer = start(document, output, anchors, expectedPages);
                queue = new PageQueue(writer.Page, writer.HelpOnce);
                return queue.Add;
            }, rewind);
            if (writer is null || queue is null)
            {
                Write(document, layout, output, start);
                return layout;
            }

            queue.Complete();
            layout.Written = true;
            layout.FileLength = writer.Finish(layout.Headings);
            return layout;
        }
        finally
        {
            queue?.Dispose();
        }
    }

    /// <summary>The same into memory: the file and the layout.</summary>
    public static (byte[] File, LayoutResult Layout) Render(Document.Document document, PageWriterFactory start, Action<int>? pageWritten = null)
    {
        using var file = new MemoryStream();
        var layout = Write(document, file, start, pageWritten);
        return (file.ToArray(), layout);
    }

    /// <summary>Writes a layout already made into memory. Writing consumes its drawing operations, so a layout is written once.</summary>
    public static byte[] Render(Document.Document document, LayoutResult layout, PageWriterFactory start)
    {
        using var file = new MemoryStream();
        Write(document, layout, file, start);
        return file.ToArray();
    }

    private static void Write(Document.Document document, LayoutResult layout, Stream output, PageWriterFactory start)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(layout);
        if (layout.Written)
        {
            throw new InvalidOperationException("This layout was written already; lay the document out again to write it again.");
        }

        layout.Written = true;
        var writer = start(document, output, layout.Anchors, layout.Canvases.Count);
        foreach (var canvas in layout.Canvases)
        {
            writer.Page(canvas);
        }

        layout.FileLength = writer.Finish(layout.Headings);
    }
}
