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

/// <summary>One code point of a paragraph after font selection: where it is in the text, its style, face and width in
/// points. Sixteen bytes and no references (the face is an index into <see cref="ShapedText.Faces"/>), so a long
/// document's units are compact and the collector never has to scan them.</summary>
internal struct TextUnit
{
    private const byte KindMask = 0x07;
    private const byte LongFlag = 0x08;
    private const byte BreakAfterFlag = 0x10;
    private const byte ClusterStartFlag = 0x20;
    private const byte LastResortFlag = 0x40;

    /// <summary>The advance in points (the width the line breaker adds up).</summary>
    public double Width;

    /// <summary>Where the printed character starts in <see cref="ShapedText.Text"/>.</summary>
    public int Start;

    /// <summary>The unit's index in <see cref="ShapedText.Styles"/>.</summary>
    public ushort Style;

    /// <summary>0 when no face prints the unit, else one more than the face's index in <see cref="ShapedText.Faces"/>.</summary>
    public byte FaceNumber;

    private byte _bits;

    public UnitKind Kind
    {
        readonly get => (UnitKind)(_bits & KindMask);
        set => _bits = (byte)((_bits & ~KindMask) | (byte)value);
    }

    /// <summary>The printed character's length in UTF-16 code units: 2 for a surrogate pair, else 1.</summary>
    public int Length
    {
        readonly get => (_bits & LongFlag) != 0 ? 2 : 1;
        set => Set(LongFlag, value == 2);
    }

    /// <summary>True when a line may end after this printed character (after a hyphen, dash or slash: UAX #14 classes BA, B2, SY).</summary>
    public bool BreakAfter
    {
        readonly get => (_bits & BreakAfterFlag) != 0;
        set => Set(BreakAfterFlag, value);
    }

    /// <summary>True at the start of a grapheme cluster: a long word is broken only at cluster starts, never inside one.</summary>
    public bool ClusterStart
    {
        readonly get => (_bits & ClusterStartFlag) != 0;
        set => Set(ClusterStartFlag, value);
    }

    /// <summary>True on a space that holds its neighbours together (see <see cref="Bonds"/>): a line may end there, at a
    /// breaking space, or before it, at a no-break space, only when no other break on the line fits.</summary>
    public bool LastResort
    {
        readonly get => (_bits & LastResortFlag) != 0;
        set => Set(LastResortFlag, value);
    }

    private void Set(byte flag, bool on) => _bits = on ? (byte)(_bits | flag) : (byte)(_bits & ~flag);
}
