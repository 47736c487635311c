using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout;

/// <summary>A file format a document can be written in, as the command line and callers see it: its file name extension,
/// and writing, which lays the document out and streams its pages into the file. <see cref="PdfFormat"/> is the one today.</summary>
public interface IOutputFormat
{
    /// <summary>The file name extension, with its dot (".pdf").</summary>
    string Extension { get; }

    /// <summary>Lays the document out and writes it; returns the layout (pages, places, warnings).</summary>
    LayoutResult Write(Document.Document document, Stream output);

    /// <summary>Writes a layout just made by <see cref="DocumentLayout.Run(Document.Document)"/> without laying the document
    /// out again. Writing consumes the layout's drawing operations, so a layout is written once.</summary>
    void Write(Document.Document document, LayoutResult layout, Stream output);
}

/// <summary>Writing a document in a format into memory.</summary>
public static class OutputFormatExtensions
{
    /// <summary>The file's bytes and the layout.</summary>
    public static (byte[] Bytes, LayoutResult Layout) Render(this IOutputFormat format, Document.Document document)
    {
        ArgumentNullException.ThrowIfNull(format);
        using var file = new MemoryStream();
        var layout = format.Write(document, file);
        return (file.ToArray(), layout);
    }

    public static byte[] ToBytes(this IOutputFormat format, Document.Document document) => format.Render(document).Bytes;

    /// <summary>The file's bytes for a layout already made (written once).</summary>
    public static byte[] ToBytes(this IOutputFormat format, Document.Document document, LayoutResult layout)
    {
        ArgumentNullException.ThrowIfNull(format);
        using var file = new MemoryStream();
        format.Write(document, layout, file);
        return file.ToArray();
    }
}
