using BriefBuilder.Layout.Fonts;

namespace BriefBuilder.Layout.Text;

/// <summary>How a code point takes part in line breaking and drawing.</summary>
internal enum UnitKind : byte
{
    /// <summary>A printed character.</summary>
    Glyph,

    /// <summary>A breaking space: a line may end after it, and it hangs (is not counted) at a line's end.</summary>
    Space,

    /// <summary>U+00AD: invisible unless the line breaks after it, when a hyphen is shown.</summary>
    SoftHyphen,

    /// <summary>U+200B: a break opportunity with no width.</summary>
    ZeroWidthBreak,

    /// <summary>A line feed or line separator: the line must end here.</summary>
    ForcedBreak,

    /// <summary>A format character with no width that is never drawn (joiners, bidi marks, variation selectors).</summary>
    Ignorable,
}

/// <summary>One code point of a paragraph after font selection: where it is in the text, its style, face and width in points.</summary>
internal struct TextUnit
{
    public int Start;
    public byte Length;
    public short Style;
    public UnitKind Kind;

    /// <summary>True when a line may end after this printed character (after a hyphen, dash or slash: UAX #14 classes BA, B2, SY).</summary>
    public bool BreakAfter;

    /// <summary>True at the start of a grapheme cluster: a long word is broken only at cluster starts, never inside one.</summary>
    public bool ClusterStart;

    public FontFace? Face;
    public double Width;
}
