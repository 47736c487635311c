namespace BriefBuilder.Layout.Fonts;

/// <summary>The faces that may print a style's text, in order: for each character the first face with a glyph wins.</summary>
internal sealed class FontChain
{
    private readonly Dictionary<int, FontFace?> _choices = [];

    public FontChain(IReadOnlyList<FontFace> faces)
    {
        Faces = faces;
        Primary = faces.Count > 0 ? faces[0] : throw new InvalidOperationException("A font chain needs at least one face.");
    }

    public IReadOnlyList<FontFace> Faces { get; }

    /// <summary>The first face: its metrics set the line's ascent and descent.</summary>
    public FontFace Primary { get; }

    public FontFace? FaceFor(int codePoint)
    {
        if (_choices.TryGetValue(codePoint, out var face))
        {
            return face;
        }

        face = null;
        foreach (var candidate in Faces)
        {
            if (candidate.Has(codePoint))
            {
                face = candidate;
                break;
            }
        }

        _choices[codePoint] = face;
        return face;
    }
}
