using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Results;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Layout;

/// <summary>What every node of one layout pass shares: the text measurer, the page body's height, the headings known
/// before layout, the pages the previous pass found (printed in the contents and page references), and where anchors
/// and headings land in this pass.</summary>
internal sealed class LayoutContext(ITextMeasurer measurer, MissingGlyphPolicy missingGlyphs, double bodyHeight, HeadingCatalog headings,
    PrintedPages printed, WarningSink warnings, ShapingCache shaping)
{
    private readonly Dictionary<string, AnchorPlacement> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<int, HeadingPlacement> _placedHeadings = [];
    private readonly Dictionary<int, int> _headingPages = [];

    public ITextMeasurer Measurer { get; } = measurer;

    public MissingGlyphPolicy MissingGlyphs { get; } = missingGlyphs;

    /// <summary>The height of an empty page's body: what "taller than a page" means.</summary>
    public double BodyHeight { get; } = bodyHeight;

    public HeadingCatalog Headings { get; } = headings;

    /// <summary>The pages the previous pass found for headings and anchors (none in the first pass).</summary>
    public PrintedPages Printed { get; } = printed;

    /// <summary>Where this pass placed each anchor, by name.</summary>
    public IReadOnlyDictionary<string, AnchorPlacement> Anchors => _anchors;

    /// <summary>Heading index to the page this pass placed it on.</summary>
    public IReadOnlyDictionary<int, int> HeadingPages => _headingPages;

    public IReadOnlyList<HeadingPlacement> PlacedHeadings => [.. _placedHeadings.OrderBy(p => p.Key).Select(p => p.Value)];

    public void Warn(string message) => warnings.Add(message);

    /// <summary>Shapes an element's spans once for all layout passes.</summary>
    public ShapedText Shape(IReadOnlyList<Span> spans) =>
        shaping.ShapeElement(spans, () => TextShaper.Shape(spans, Measurer, MissingGlyphs, Warn), warnings);

    /// <summary>Shapes spans the engine made for this pass, sharing the shaping of equal spans made before.</summary>
    public ShapedText ShapeGenerated(IReadOnlyList<Span> spans) =>
        shaping.ShapeGenerated(spans, () => TextShaper.Shape(spans, Measurer, MissingGlyphs, Warn), warnings);

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
