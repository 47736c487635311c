namespace BriefBuilder.Layout.Elements;

/// <summary>A block of rich text, broken into lines by the engine. IsTitle marks the document's title: tagged H1, so a
/// screen reader announces it as the top heading, yet not listed in the outline or contents as a heading is.</summary>
public sealed record Paragraph(IReadOnlyList<Span> Spans, ParagraphStyle? Style = null, bool IsTitle = false) : Element
{
    public Paragraph(string text, TextStyle? style = null, ParagraphStyle? paragraphStyle = null)
        : this([new Span(text, style ?? TextStyle.Body)], paragraphStyle)
    {
    }
}

/// <summary>A heading (levels 1 to 3): tagged H1 to H3, listed in the outline and table of contents, kept with what follows.
/// A level-1 heading also becomes the running header's section title from its page on.</summary>
public sealed record Heading(int Level, IReadOnlyList<Span> Spans, ParagraphStyle? Style = null, string? AnchorName = null) : Element
{
    public Heading(int level, string text, TextStyle style, string? anchorName = null)
        : this(level, [new Span(text, style)], null, anchorName)
    {
    }
}

/// <summary>A run of text in one style, optionally a link.</summary>
public sealed record Span(string Text, TextStyle Style, LinkTarget? Link = null);

/// <summary>Character formatting. Family names a font family or fallback chain known to the font resolver. Language (a
/// BCP 47 tag), when set and not the paragraph's, tags the run as a Span (or its Link) with that /Lang (PDF 14.9.2).</summary>
public sealed record TextStyle(
    string Family = "DejaVu Sans",
    double Size = 10,
    bool Bold = false,
    bool Italic = false,
    Color Color = default,
    bool Superscript = false,
    bool Underline = false,
    string? Language = null)
{
    public static TextStyle Body { get; } = new();
}

/// <summary>Block formatting of a paragraph or heading. LineHeight is a multiple of the font size. Balance (for titles)
/// breaks at the strongest break and evens out the lines' lengths, never after a hyphen inside a word. Measure, when set,
/// is the longest a line may be, in characters of the lowercase alphabet of the paragraph's largest type (a narrower
/// width offered still wins).</summary>
public sealed record ParagraphStyle(
    TextAlignment Alignment = TextAlignment.Left,
    double LineHeight = 1.3,
    double FirstLineIndent = 0,
    double HangingIndent = 0,
    double SpaceBefore = 0,
    double SpaceAfter = 0,
    int MinimumOrphanLines = 2,
    int MinimumWidowLines = 2,
    string? Language = null,
    bool Balance = false,
    int Measure = 0)
{
    public static ParagraphStyle Default { get; } = new();
}

public enum TextAlignment
{
    Left,
    Center,
    Right,
    Justify,
}
