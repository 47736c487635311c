using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Document;

/// <summary>Everything the engine needs to produce a PDF: the body, the page, furniture, metadata and fonts.
/// Tagged (the default) writes a structure tree for accessibility (PDF/UA); Archival makes the file PDF/A-3 with attachments.</summary>
public sealed record Document(
    Element Body,
    PageSetup Page,
    DocumentInfo Info,
    PageFurniture? Furniture = null,
    string? Watermark = null,
    FontOptions? Fonts = null,
    bool Tagged = true,
    ArchivalOptions? Archival = null)
{
    /// <summary>How much the layout will take before it stops with a message.</summary>
    public LayoutLimits Limits { get; init; } = LayoutLimits.Default;
}

/// <summary>Paper, orientation and margins (points). With DifferentFirstPage the first page has no header.</summary>
public sealed record PageSetup(PaperSize Paper, Orientation Orientation, Edges Margins, bool DifferentFirstPage = true)
{
    public static PageSetup A4 { get; } = new(PaperSize.A4, Orientation.Portrait, Edges.All(56.7));

    public static PageSetup Letter { get; } = new(PaperSize.Letter, Orientation.Portrait, Edges.All(54));

    /// <summary>The page's width and height in points, turned for landscape (ISO 216 A4 is 210 x 297 mm; US Letter
    /// 8.5 x 11 in): the one place paper sizes are defined.</summary>
    public (double Width, double Height) Size
    {
        get
        {
            var (width, height) = Paper switch
            {
                PaperSize.Letter => (612.0, 792.0),
                _ => (595.276, 841.89),
            };
            return Orientation == Orientation.Landscape ? (height, width) : (width, height);
        }
    }

    /// <summary>The width between the margins, in points.</summary>
    public double BodyWidth => Size.Width - Margins.Left - Margins.Right;

    /// <summary>The height between the margins, in points.</summary>
    public double BodyHeight => Size.Height - Margins.Top - Margins.Bottom;
}

public enum PaperSize
{
    A4,
    Letter,
}

public enum Orientation
{
    Portrait,
    Landscape,
}

/// <summary>Document metadata. CreationDate is the caller's: the engine never reads the clock.</summary>
public sealed record DocumentInfo(
    string Title,
    string? Author,
    string? Subject,
    string? Keywords,
    string Language,
    DateTimeOffset CreationDate);

/// <summary>Running header and footer, built per page from what that page knows; drawn in the margins and tagged as artifacts.</summary>
public sealed record PageFurniture(
    Func<PageContext, Element?>? Header,
    Func<PageContext, Element?>? Footer,
    double HeaderHeight = 24,
    double FooterHeight = 24);

/// <summary>What a header or footer may show: this page's number, the total, and the current level-1 heading.</summary>
public sealed record PageContext(int PageNumber, int TotalPages, string? SectionTitle);

/// <summary>Extra font files and families, and what to do with a character no font has.</summary>
public sealed record FontOptions(
    IReadOnlyList<string>? FontFiles = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Families = null,
    MissingGlyphPolicy MissingGlyphs = MissingGlyphPolicy.Error);

public enum MissingGlyphPolicy
{
    /// <summary>Stop with an error naming the character, its code point and where it came from.</summary>
    Error,

    /// <summary>Print a visible replacement (U+FFFD or '?') and report a warning.</summary>
    Replace,
}
