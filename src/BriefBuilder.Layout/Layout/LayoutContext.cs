using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Results;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Layout;

/// <summary>What every node of one layout pass shares: the text measurer, the page body's height, the headings known
/// before layout (with the pages the previous pass found for them), and where anchors and headings land.</summary>
internal sealed class LayoutContext(ITextMeasurer measurer, MissingGlyphPolicy missingGlyphs, double bodyHeight, HeadingCatalog headings,
    IReadOnlyDictionary<int, int> previousHeadingPages, WarningSink warnings, ShapingCache shaping)
{
    private readonly Dictionary<string, AnchorPlacement> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<int, HeadingPlacement> _placedHeadings = [];

    public ITextMeasurer Measurer { get; } = measurer;

    public MissingGlyphPolicy MissingGlyphs { get; } = missingGlyphs;

    /// <summary>The height of an empty page's body: what "taller than a page" means.</summary>
    public double BodyHeight { get; } = bodyHeight;

    public HeadingCatalog Headings { get; } = headings;

    /// <summary>Heading index to page number, as the previous pass placed them (empty in the first pass).</summary>
    public IReadOnlyDictionary<int, int> PreviousHeadingPages { get; } = previousHeadingPages;

    public IEnumerable<AnchorPlacement> Anchors => _anchors.Values;

    public void Warn(string message) => warnings.Add(message);

    /// <summary>Shapes a paragraph's spans once for all layout passes (and later layouts given this one's hints).</summary>
    public ShapedText Shape(IReadOnlyList<Span> spans) => shaping.Shape(spans, () => TextShaper.Shape(spans, Measurer, MissingGlyphs, Warn), warnings);

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
            PlaceAnchor(entry.AnchorName, page, 0, y);
        }
    }

    public IReadOnlyDictionary<int, int> HeadingPages => _placedHeadings.ToDictionary(p => p.Key, p => p.Value.Page);

    public IReadOnlyList<HeadingPlacement> PlacedHeadings => [.. _placedHeadings.OrderBy(p => p.Key).Select(p => p.Value)];
}
