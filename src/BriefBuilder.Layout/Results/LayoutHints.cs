using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Results;

/// <summary>What a layout found that a later layout of a revised version of the document starts from: the pages its
/// headings landed on (the table of contents starts from them instead of from a pass that only finds them) and its
/// shaped text (a paragraph the revision left as it was is not shaped or broken into lines again).</summary>
public sealed class LayoutHints
{
    internal LayoutHints(IReadOnlyDictionary<int, int> pages, ShapingCache shapes)
    {
        Pages = pages;
        Shapes = shapes;
    }

    /// <summary>Heading index to page number.</summary>
    internal IReadOnlyDictionary<int, int> Pages { get; }

    /// <summary>The shaped text, until the layout is written: written pages are not laid out again, so their text need
    /// not outlive the writing.</summary>
    internal ShapingCache? Shapes { get; private set; }

    internal void ForgetShapes() => Shapes = null;
}
