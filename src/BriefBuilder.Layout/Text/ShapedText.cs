using BriefBuilder.Layout.Fonts;

namespace BriefBuilder.Layout.Text;

/// <summary>A paragraph's text ready for line breaking: the text as printed (after any replacements), its units and styles.</summary>
internal sealed class ShapedText(string text, TextUnit[] units, IReadOnlyList<RunStyle> styles, IReadOnlyList<FontFace> faces, string firstWords)
{
    public string Text { get; } = text;

    public TextUnit[] Units { get; } = units;

    public IReadOnlyList<RunStyle> Styles { get; } = styles;

    /// <summary>The faces the units use, each once; a unit names its face by number.</summary>
    public IReadOnlyList<FontFace> Faces { get; } = faces;

    /// <summary>The face that prints a unit, or null (forced breaks, zero-width breaks, ignorables).</summary>
    public FontFace? FaceOf(in TextUnit unit) => unit.FaceNumber == 0 ? null : Faces[unit.FaceNumber - 1];

    /// <summary>The face that prints a unit, or its style's primary face when none does.</summary>
    public FontFace PrintingFaceOf(in TextUnit unit) => unit.FaceNumber == 0 ? Styles[unit.Style].Chain.Primary : Faces[unit.FaceNumber - 1];

    /// <summary>The opening words, used to say where a problem came from.</summary>
    public string FirstWords { get; } = firstWords;

    /// <summary>The widths of the longest word and of the longest unbroken line, found once.</summary>
    public (double Min, double Max) IntrinsicWidth
    {
        get
        {
            if (_intrinsic is null)
            {
                _intrinsic = (LineBreaker.WidestLine(this, 0), LineBreaker.WidestLine(this, double.MaxValue));
            }

            return _intrinsic.Value;
        }
    }

    private (double Min, double Max)? _intrinsic;

    public static string FirstWordsOf(string text, int count = 8)
    {
        var words = text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var head = string.Join(' ', words.Take(count));
        return words.Length > count ? head + " …" : head;
    }
}
