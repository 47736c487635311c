using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Layout;

/// <summary>A page being filled: the drawing operations in reading order and the boxes reported to callers.</summary>
internal sealed class PageCanvas(int number, double width, double height, bool dry = false)
{
    public int Number { get; } = number;

    public double Width { get; } = width;

    public double Height { get; } = height;

    public List<DrawOp> Ops { get; } = [];

    public List<LaidOutBox> Boxes { get; } = [];

    /// <summary>Runs of operations that are page furniture (Header, Footer, Watermark): the writer types their artifacts
    /// as pagination (ISO 32000-1 14.8.2.2.2).</summary>
    public List<(int First, int Count, string Subtype)> Pagination { get; } = [];

    /// <summary>False while drawing page furniture: headers and footers do not place anchors or headings.</summary>
    public bool RecordsPlaces { get; set; } = true;

    /// <summary>True in a layout pass run only to find where headings land: nothing is recorded but places.</summary>
    public bool Dry { get; } = dry;

    /// <summary>Structure nodes every part of which is drawn once this page is: the writer writes their elements after
    /// painting the page and lets them go.</summary>
    public List<StructNode> Completed { get; } = [];

    /// <summary>Drops what a writer has written of the page (its operations, furniture runs and completed nodes), which the
    /// page, kept for its number until the layout ends, would otherwise hold: every node of a long document.</summary>
    public void LetGoOfContent()
    {
        Ops.Clear();
        Ops.TrimExcess();
        Pagination.Clear();
        Completed.Clear();
    }

    /// <summary>Says that the node (tagged content only) has nothing left to draw after this page.</summary>
    public void Complete(StructNode? node)
    {
        if (!Dry && node is not null)
        {
            Completed.Add(node);
        }
    }

    public void Add(DrawOp op)
    {
        if (!Dry)
        {
            Ops.Add(op);
        }
    }

    /// <summary>False when nobody will read the page's boxes (a dry pass, or pages written as they are painted).</summary>
    public bool RecordsBoxes { get; init; } = true;

    /// <summary>True when boxes are recorded: callers whose box text costs something to make ask first.</summary>
    public bool WantsBoxes => !Dry && RecordsBoxes;

    public void Box(string kind, double x, double y, double width, double height, string text)
    {
        if (WantsBoxes)
        {
            Boxes.Add(new LaidOutBox(kind, Math.Round(x, 2), Math.Round(y, 2), Math.Round(width, 2), Math.Round(height, 2), text));
        }
    }

    public LaidOutPage ToPage() => new(Number, Width, Height, Boxes);
}
