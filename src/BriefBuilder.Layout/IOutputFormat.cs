using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout;

/// <summary>A file format a document can be written in, as the command line and callers see it: its file name extension,
/// and writing, which lays the document out and hands its pages to the format as they are painted. <see cref="PdfFormat"/>
/// is the one today.</summary>
public interface IOutputFormat
{
    /// <summary>The file name extension, with its dot (".pdf").</summary>
    string Extension { get; }

    /// <summary>Lays the document out and writes it to <paramref name="output"/> as its pages are painted (never held whole in
    /// memory); returns the layout (pages, places, warnings). <paramref name="pageWritten"/>, when given, hears how many
    /// pages are written as each one is, for a progress display (from another thread). Whoever gave the stream decides
    /// what becomes of a file whose layout they refuse (over a page budget).</summary>
    LayoutResult Write(Document.Document document, Stream output, Action<int>? pageWritten = null);

    /// <summary>Lays the document out and writes it into memory: the file's bytes and the layout. <paramref name="pageWritten"/>,
    /// when given, hears how many pages are written as each one is, for a progress display (from another thread).</summary>
    (byte[] File, LayoutResult Layout) Render(Document.Document document, Action<int>? pageWritten = null);

    /// <summary>The file for a layout just made by <see cref="DocumentLayout.Run(Document.Document)"/>, without laying the
    /// document out again. Writing consumes the layout's drawing operations, so a layout is written once.</summary>
    byte[] Render(Document.Document document, LayoutResult layout);
}
