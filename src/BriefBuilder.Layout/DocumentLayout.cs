using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout;

/// <summary>Lays a document out without writing it: pages and boxes, where anchors and headings land, and warnings.</summary>
public static class DocumentLayout
{
    /// <summary>Lays the document out with the installed fonts and the font files it names.</summary>
    public static LayoutResult Run(Document.Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Paginator.Run(document, TextMeasurer.For(document.Fonts));
    }

    /// <summary>Lays the document out measuring its text with <paramref name="measurer"/> (tests use fixed metrics).</summary>
    internal static LayoutResult Run(Document.Document document, ITextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Paginator.Run(document, measurer);
    }
}
