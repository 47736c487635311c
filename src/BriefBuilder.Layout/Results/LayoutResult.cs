using System.Globalization;
using System.Text;
using BriefBuilder.Layout.Layout;

namespace BriefBuilder.Layout.Results;

/// <summary>The laid-out document: pages with their boxes, where each anchor and heading landed, and warnings
/// (replaced characters, unsupported right-to-left text, fonts not found, …). Tests and callers read this without a PDF.</summary>
public sealed class LayoutResult
{
    internal LayoutResult(IReadOnlyList<LaidOutPage> pages, IReadOnlyList<AnchorPlacement> anchors, IReadOnlyList<HeadingPlacement> headings,
        IReadOnlyList<LayoutWarning> warnings, IReadOnlyList<PageCanvas> canvases, int passes)
    {
        Pages = pages;
        Anchors = anchors.ToDictionary(a => a.Name, StringComparer.Ordinal);
        Headings = headings;
        Warnings = warnings;
        Canvases = canvases;
        Passes = passes;
    }

    public IReadOnlyList<LaidOutPage> Pages { get; }

    public int PageCount => Pages.Count;

    public IReadOnlyDictionary<string, AnchorPlacement> Anchors { get; }

    /// <summary>Every heading in document order, as the outline and the table of contents list them.</summary>
    public IReadOnlyList<HeadingPlacement> Headings { get; }

    public IReadOnlyList<LayoutWarning> Warnings { get; }

    /// <summary>How many layout passes it took: with a table of contents or page references, passes that find where headings
    /// and anchors land until the pages printed settle, then the one painted.</summary>
    public int Passes { get; }

    internal IReadOnlyList<PageCanvas> Canvases { get; }

    /// <summary>True once the pages were written: writing consumes their drawing operations.</summary>
    internal bool Written { get; set; }

    /// <summary>The length in bytes of the file written from this layout (0 until one is).</summary>
    public long FileLength { get; internal set; }

    /// <summary>The pages as text, one box a line (page, kind, x, y, width, height, first words): a layout snapshot a reviewer can diff.</summary>
    public string Describe(Func<LaidOutBox, bool>? include = null)
    {
        var text = new StringBuilder();
        foreach (var page in Pages)
        {
            text.Append(CultureInfo.InvariantCulture, $"page {page.Number} ({page.Width:0.#} x {page.Height:0.#})\n");
            foreach (var box in page.Boxes.Where(include ?? (_ => true)))
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"  {box.Kind,-12} {box.X,7:0.0} {box.Y,7:0.0} {box.Width,7:0.0} {box.Height,6:0.0}  {ShapedWords(box.Text)}\n");
            }
        }

        return text.ToString();
    }

    private static string ShapedWords(string text)
    {
        var words = text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 ? string.Join(' ', words) : string.Join(' ', words.Take(6)) + " …";
    }
}
