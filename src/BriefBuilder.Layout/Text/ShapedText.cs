using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;

namespace BriefBuilder.Layout.Text;

/// <summary>A paragraph's text ready for line breaking: the text as printed (after any replacements), its units and
/// styles. Text shaped for a layout is shaped when first needed and may be let go (<see cref="Release"/>) once its lines
/// are broken and drawn, then shaped again, the same, if painting needs it: the lines and widths found stay, so a long
/// document holds the units of the pages under way, not of every page (16 bytes a character); units borrowed from the
/// layout's <see cref="ShapingBuffers"/> go back there when let go.</summary>
internal sealed class ShapedText
{
    // Shaped lazily: the spans and the layout's one shaping function, so a paragraph costs no closure of its own.
    private readonly IReadOnlyList<Span>? _spans;
    private readonly Func<IReadOnlyList<Span>, ShapedText>? _shape;
    private Shaping? _shaping;
    private OpeningWords? _opening;

    /// <summary>Text shaped once and kept.</summary>
    public ShapedText(string text, TextUnit[] units, IReadOnlyList<RunStyle> styles, IReadOnlyList<FontFace> faces, OpeningWords opening)
        : this(text, units, units.Length, styles, faces, opening, null)
    {
    }

    /// <summary>Text shaped into the first <paramref name="count"/> of <paramref name="units"/>, borrowed from
    /// <paramref name="lender"/> when not null.</summary>
    public ShapedText(string text, TextUnit[] units, int count, IReadOnlyList<RunStyle> styles, IReadOnlyList<FontFace> faces, OpeningWords opening,
        ShapingBuffers? lender)
    {
        _shaping = new Shaping(text, units, count, styles, faces, lender);
        _opening = opening;
    }

    /// <param name="spans">The text to shape when it is needed.</param>
    /// <param name="shape">Shapes spans (the same units each time: shaping depends only on the spans and fonts).</param>
    public ShapedText(IReadOnlyList<Span> spans, Func<IReadOnlyList<Span>, ShapedText> shape)
    {
        _spans = spans;
        _shape = shape;
    }

    public string Text => Shaped.Text;

    /// <summary>The units, one a printed code point. Read them afresh after anything that may let the text go.</summary>
    public ReadOnlySpan<TextUnit> Units
    {
        get
        {
            var shaping = Shaped;
            return shaping.Units.AsSpan(0, shaping.Count);
        }
    }

    public IReadOnlyList<RunStyle> Styles => Shaped.Styles;

    /// <summary>The faces the units use, each once; a unit names its face by number.</summary>
    public IReadOnlyList<FontFace> Faces => Shaped.Faces;

    /// <summary>The face that prints a unit, or null (forced breaks, zero-width breaks, ignorables).</summary>
    public FontFace? FaceOf(in TextUnit unit) => unit.FaceNumber == 0 ? null : Faces[unit.FaceNumber - 1];

    /// <summary>The face that prints a unit, or its style's primary face when none does.</summary>
    public FontFace PrintingFaceOf(in TextUnit unit) => unit.FaceNumber == 0 ? Styles[unit.Style].Chain.Primary : Faces[unit.FaceNumber - 1];

    /// <summary>The opening words, used to say where a problem came from (found from the spans, without shaping).</summary>
    public OpeningWords Opening => _opening ??= new OpeningWords(_spans!);

    /// <inheritdoc cref="Opening"/>
    public string FirstWords => Opening.ToString();

    /// <summary>An empty list to break lines into (to measure them, or to paint them), lent by the layout's buffers when
    /// the text has them, until <see cref="GiveBackLines"/>: a list made for each painted paragraph was 31 MB of a
    /// 10,000-claim snapshot's allocation.</summary>
    public List<TextLine> BorrowLines() => Shaped.Lender?.TakeLines() ?? [];

    /// <summary>Gives back a list from <see cref="BorrowLines"/> once nothing reads it (before <see cref="Release"/>).</summary>
    public void GiveBackLines(List<TextLine> lines) => _shaping?.Lender?.GiveBack(lines);

    /// <summary>Lets the units go until they are needed again (text shaped once and kept stays), giving them back to
    /// the buffers they were borrowed from.</summary>
    public void Release()
    {
        if (_shape is not null && _shaping is { } shaping)
        {
            _shaping = null;
            shaping.Lender?.Return(shaping.Units);
        }
    }

    /// <summary>The widths of the longest word and of the longest unbroken line, found once.</summary>
    public (double Min, double Max) IntrinsicWidth
    {
        get
        {
            if (double.IsNaN(_widestWord))
            {
                (_widestWord, _widestLine) = (LineBreaker.WidestWord(this), LineBreaker.WidestLine(this, double.MaxValue));
            }

            return (_widestWord, _widestLine);
        }
    }

    /// <summary>How wide a measure of so many characters is in this text (<see cref="MeasureWidth.Of"/>), found once:
    /// it asks the text's styles, which a text let go would otherwise be shaped again to give.</summary>
    public double MeasureWidthOf(int characters)
    {
        if (double.IsNaN(_measureWidth) || _measureCharacters != characters)
        {
            (_measureCharacters, _measureWidth) = (characters, MeasureWidth.Of(this, characters));
        }

        return _measureWidth;
    }

    // Found once each: NaN until then (a width is never NaN), and the last measure's geometry, which holds its measure.
    private double _widestWord = double.NaN;
    private double _widestLine = double.NaN;
    private int _measureCharacters;
    private double _measureWidth = double.NaN;
    private LineGeometry? _geometry;

    /// <summary>The lines' geometry for a measure, found once: the text does not change between layout passes, so a
    /// paragraph offered the same width again (as it is in each pass), or an equal paragraph, reuses it.</summary>
    /// <param name="breakLines">Adds the lines for the measure to the (empty) list it is given, borrowed from the
    /// buffers the text's units came from.</param>
    public LineGeometry GeometryFor(LineMeasure measure, Action<ShapedText, LineMeasure, List<TextLine>> breakLines)
    {
        if (_geometry is not { } known || known.Measure != measure)
        {
            var lines = BorrowLines();
            breakLines(this, measure, lines);
            known = new LineGeometry(measure, lines);
            _geometry = known;
            GiveBackLines(lines);
        }

        return known;
    }

    public static string FirstWordsOf(string text, int count = 8)
    {
        var words = text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var head = string.Join(' ', words.Take(count));
        return words.Length > count ? head + " …" : head;
    }

    private Shaping Shaped => _shaping ??= _shape!(_spans!)._shaping!;

    private sealed record Shaping(string Text, TextUnit[] Units, int Count, IReadOnlyList<RunStyle> Styles, IReadOnlyList<FontFace> Faces,
        ShapingBuffers? Lender);
}

/// <summary>What line breaking depends on besides the text: the room and indent of the first and other lines, the line
/// height, and whether the lines are balanced (a title).</summary>
internal readonly record struct LineMeasure(double FirstWidth, double OtherWidth, double FirstIndent, double OtherIndent, double LineHeight, bool Balance);
