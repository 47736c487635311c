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
