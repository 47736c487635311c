using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Styling;

/// <summary>The text and paragraph styles of a brief, derived from its template's fonts and colours: two families, one
/// for headings; five sizes (title, level-1 heading, body, small text, furniture), so three heading sizes (level 2 at
/// body size, level 3 at the small text's); more space above a heading than below; running text no longer than
/// <see cref="Measure"/> characters a line (BRIEF-DESIGN: page and text).</summary>
public sealed class BriefStyles
{
    /// <summary>The longest line of running text, in alphabet-average characters: text with its spaces and punctuation
    /// runs up to a fifth more characters than that (on the sample, 61 to 70 at the median, 78 at most), inside BRIEF-DESIGN's 55 to 80. Tables
    /// and columns narrower than this are unaffected.</summary>
    public const int Measure = 65;

    public BriefStyles(BriefTemplate template)
    {
        var fonts = template.Fonts;
        var size = fonts.Size;
        Accent = template.Colors.Accent;
        Muted = template.Colors.Muted;
        Tint = Mix(Accent, Color.White, 0.90);
        Hairline = new Color(0xBF, 0xBF, 0xBF);
        BodySize = size;

        // Secondary text never drops below 9 pt, furniture never below 7 pt (BRIEF-DESIGN: accessibility and print).
        var small = Math.Max(9, Math.Round(size * 0.9, 1));
        var heading = Math.Round(size * 1.3, 1);
        Body = new TextStyle(fonts.Body, size, Color: Ink);
        Bold = Body with { Bold = true };
        Italic = Body with { Italic = true };
        Small = Body with { Size = small };
        SmallBold = Small with { Bold = true };
        SmallItalic = Small with { Italic = true };
        SmallMuted = Small with { Color = Muted };
        Label = new TextStyle(fonts.Headings, small, Color: Ink);
        LabelBold = Label with { Bold = true };
        LabelMuted = Label with { Color = Muted };
        Link = Small with { Color = Accent };
        Title = new TextStyle(fonts.Headings, Math.Round(size * 2.2, 1), Bold: true, Color: Accent);
        Subtitle = new TextStyle(fonts.Headings, heading, Color: Ink);
        Heading1 = new TextStyle(fonts.Headings, heading, Bold: true, Color: Accent);
        Heading2 = new TextStyle(fonts.Headings, size, Bold: true, Color: Ink);
        Heading3 = new TextStyle(fonts.Headings, small, Bold: true, Color: Muted);
        Furniture = new TextStyle(fonts.Headings, 7.5, Color: Muted);
        Chart = Furniture with { Color = Ink };
        ChartMuted = Furniture;

        Paragraph = new ParagraphStyle(LineHeight: 1.35, SpaceAfter: size * 0.5, Measure: Measure);
        Tight = new ParagraphStyle(LineHeight: 1.3, Measure: Measure);
        Heading1Paragraph = new ParagraphStyle(LineHeight: 1.2, SpaceBefore: size * 1.8, SpaceAfter: size * 0.7);
        Heading2Paragraph = new ParagraphStyle(LineHeight: 1.2, SpaceBefore: size * 1.3, SpaceAfter: size * 0.5);
        Heading3Paragraph = new ParagraphStyle(LineHeight: 1.2, SpaceBefore: size * 0.9, SpaceAfter: size * 0.35);
    }

    /// <summary>Body text colour: near-black, softer on paper than pure black.</summary>
    public static Color Ink { get; } = new(0x1A, 0x1A, 0x1A);

    public Color Accent { get; }

    public Color Muted { get; }

    /// <summary>A pale tint of the accent for boxes and zebra rows.</summary>
    public Color Tint { get; }

    public Color Hairline { get; }

    public double BodySize { get; }

    public TextStyle Body { get; }

    public TextStyle Bold { get; }

    public TextStyle Italic { get; }

    public TextStyle Small { get; }

    public TextStyle SmallBold { get; }

    public TextStyle SmallItalic { get; }

    public TextStyle SmallMuted { get; }

    /// <summary>Dates, column heads and other labels, in the heading family.</summary>
    public TextStyle Label { get; }

    public TextStyle LabelBold { get; }

    public TextStyle LabelMuted { get; }

    public TextStyle Link { get; }

    public TextStyle Title { get; }

    public TextStyle Subtitle { get; }

    public TextStyle Heading1 { get; }

    public TextStyle Heading2 { get; }

    public TextStyle Heading3 { get; }

    public TextStyle Furniture { get; }

    public TextStyle Chart { get; }

    public TextStyle ChartMuted { get; }

    public ParagraphStyle Paragraph { get; }

    public ParagraphStyle Tight { get; }

    public ParagraphStyle Heading1Paragraph { get; }

    public ParagraphStyle Heading2Paragraph { get; }

    public ParagraphStyle Heading3Paragraph { get; }

    /// <summary>The stance tables' and who's who's look: rules only, heavier above the header and below the table, hairlines between rows.</summary>
    public TableStyle Table => new(
        Edges.Symmetric(3.5, 4),
        new Rule(1, Ink),
        new Rule(0.6, Ink),
        new Rule(0.3, Hairline),
        new Rule(1, Ink));

    /// <summary>A colour part way from one to another (0 keeps the first, 1 gives the second).</summary>
    public static Color Mix(Color from, Color to, double amount) => new(
        (byte)Math.Round(from.R + ((to.R - from.R) * amount)),
        (byte)Math.Round(from.G + ((to.G - from.G) * amount)),
        (byte)Math.Round(from.B + ((to.B - from.B) * amount)));
}
