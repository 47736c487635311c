using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Output;
using BriefBuilder.Layout.Pdf;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout;

/// <summary>Tagged PDF (ISO 32000-1), written by the engine's own writer (<c>Pdf/</c>) page by page as the layout paints.
/// The same document, fonts and creation date give the same bytes.</summary>
public sealed class PdfFormat : IOutputFormat
{
    public static PdfFormat Default { get; } = new();

    public string Extension => ".pdf";

    public LayoutResult Write(Document.Document document, Stream output) => PagedOutput.Write(document, output, Start);

    public void Write(Document.Document document, LayoutResult layout, Stream output) => PagedOutput.Write(document, layout, output, Start);

    private static IPageWriter Start(Document.Document document, IReadOnlyDictionary<string, AnchorPlacement> anchors, int expectedPages) =>
        new Pages(new DocumentWriter(document, anchors, expectedPages));

    /// <summary>The PDF writer as the page writer the layout hands pages to.</summary>
    private sealed class Pages(DocumentWriter writer) : IPageWriter
    {
        public void Page(PageCanvas page) => writer.Page(page);

        public void Finish(IReadOnlyList<HeadingPlacement> headings, Stream output) => output.Write(writer.Finish(headings));
    }
}
