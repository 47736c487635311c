using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Layout.Table;
using BriefBuilder.Layout.Results;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Layout;

/// <summary>What every node of a layout shares: the text measurer, the page body's height, the headings known before
/// layout, shaped text, and for the pass under way the pages the previous pass found (printed in the contents and page
/// references) and where anchors and headings land in this one.</summary>
internal sealed class LayoutContext(ITextMeasurer measurer, MissingGlyphPolicy missingGlyphs, double bodyHeight, HeadingCatalog headings,
    WarningSink warnings, ShapingCache shaping, LayoutLimits limits)
{
    private Dictionary<string, AnchorPlacement> _anchors = new(StringComparer.Ordinal);
    private Dictionary<int, HeadingPlacement> _placedHeadings = [];
    private Dictionary<int, int> _headingPages = [];
    private Dictionary<string, int?> _printedAhead = new(StringComparer.Ordinal);
    // One delegate for every paragraph's lazy shaping, made once.
    private Func<IReadOnlyList<Span>, ShapedText>? _shapeOnce;
    private Action<LayoutWarning>? _warn;

    public ITextMeasurer Measurer { get; } = measurer;

    public MissingGlyphPolicy MissingGlyphs { get; } = missingGlyphs;

    /// <summary>The height of an empty page's body: what "taller than a page" means.</summary>
    public double BodyHeight { get; } = bodyHeight;

    public HeadingCatalog Headings { get; } = headings;

    /// <summary>The column widths tables found in earlier passes.</summary>
    public TableWidths TableWidths { get; } = new();

    /// <summary>How much the layout takes before it stops with a message.</summary>
    public LayoutLimits Limits { get; } = limits;

    /// <summary>The number of the page being filled (from 1), for rules that spare the first page.</summary>
    public int Page { get; set; }

    /// <summary>The pages the previous pass found for headings and anchors (none in the first pass).</summary>
    public PrintedPages Printed { get; private set; } = PrintedPages.None;

    /// <summary>Where this pass placed each anchor, by name.</summary>
    public IReadOnlyDictionary<string, AnchorPlacement> Anchors => _anchors;

    /// <summary>Heading index to the page this pass placed it on.</summary>
    public IReadOnlyDictionary<int, int> HeadingPages => _headingPages;

    public IReadOnlyList<HeadingPlacement> PlacedHeadings => [.. _placedHeadings.OrderBy(p => p.Key).Select(p => p.Value)];

    /// <summary>Starts a pass that prints these pages; what the pass before placed stays with the caller.</summary>
    public void BeginPass(PrintedPages printed)
    {
        Printed = printed;

        // A pass places about as many anchors as the one before it.
        _anchors = new(printed.Anchors.Count, StringComparer.Ordinal);
        _placedHeadings = [];
        _headingPages = [];
        _printedAhead = new(StringComparer.Ordinal);
    }

    /// <summary>The page a page reference prints for an anchor: where this pass placed it, when it already has (an anchor
    /// before the reference, as a bibliography's statements are), else where the previous pass placed it, or none.</summary>
    public int? PageForReference(string anchor)
    {
        if (_anchors.TryGetValue(anchor, out var placed))
        {
            return placed.Page;
        }

        var page = Printed.Anchors.TryGetValue(anchor, out var before) ? before.Page : (int?)null;
        _printedAhead[anchor] = page;
        return page;
    }

    /// <summary>True when every anchor printed ahead of its place landed where it was printed; an anchor printed
    /// after its place prints where it is.</summary>
    public bool ReferencesHold
    {
        get
        {
            // A loop, not a query over the dictionary's pairs, which would run on code compiled at every start.
            foreach (var (anchor, printed) in _printedAhead)
            {
                if ((_anchors.TryGetValue(anchor, out var found) ? found.Page : (int?)null) != printed)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Warns of something done to the content being laid out.</summary>
    public void Warn(string message) => warnings.Add(LayoutWarning.OfContent(message));

    /// <summary>Spans shaped when first measured, or equal spans of this layout.</summary>
    public ShapedText Shape(IReadOnlyList<Span> spans) => shaping.Shape(spans, _shapeOnce ??= ShapeOnce);

    /// <summary>Shapes spans afresh (labels and furniture, each drawn once), within the paragraph limit.</summary>
    public ShapedText ShapeOnce(IReadOnlyList<Span> spans) =>
        TextShaper.Shape(spans, Measurer, MissingGlyphs, _warn ??= warnings.Add, Limits.ParagraphCharacters, shaping.Buffers);

    /// <summary>Records an anchor's place the first time it is drawn; a name used twice is reported.</summary>
    public void PlaceAnchor(string name, int page, double x, double y)
    {
        if (!_anchors.TryAdd(name, new AnchorPlacement(name, page, Math.Round(x, 2), Math.Round(y, 2))))
        {
            Warn($"Anchor '{name}' is defined more than once; links go to its first place.");
        }
    }

    public void PlaceHeading(int index, int page, double y)
    {
        var entry = Headings.Entries[index];
        if (_placedHeadings.TryAdd(index, new HeadingPlacement(entry.Level, entry.Text, page, Math.Round(y, 2), entry.AnchorName)))
        {
            _headingPages[index] = page;
            PlaceAnchor(entry.AnchorName, page, 0, y);
        }
    }
}
