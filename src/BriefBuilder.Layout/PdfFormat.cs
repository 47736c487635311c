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

    public LayoutResult Write(Document.Document document, Stream output, Action<int>? pageWritten = null) => PagedOutput.Write(document, output, Start, pageWritten);

    public (byte[] File, LayoutResult Layout) Render(Document.Document document, Action<int>? pageWritten = null) => PagedOutput.Render(document, Start, pageWritten);

    public byte[] Render(Document.Document document, LayoutResult layout) => PagedOutput.Render(document, layout, Start);

    private static DocumentWriter Start(Document.Document document, Stream output, IReadOnlyDictionary<string, AnchorPlacement> anchors, int expectedPages) =>
        new(document, output, anchors, expectedPages);
}
