namespace BriefBuilder.Layout.Fonts;

/// <summary>The faces that may print a style's text, in order: for each character the first face with a glyph wins.
/// The choice and its advance are cached per character in pages of 256, so shaping costs one array lookup per character.</summary>
internal sealed class FontChain
{
    private readonly Choice[]?[] _pages = new Choice[]?[0x110000 >> 8];

    /// <param name="missingFamily">The family the style asked for, when no face of it is installed.</param>
    public FontChain(IReadOnlyList<FontFace> faces, string? missingFamily = null)
    {
        Faces = faces;
        MissingFamily = missingFamily;
        Primary = faces.Count > 0 ? faces[0] : throw new InvalidOperationException("A font chain needs at least one face.");
    }

    public IReadOnlyList<FontFace> Faces { get; }

    /// <summary>The first face: its metrics set the line's ascent and descent.</summary>
    public FontFace Primary { get; }

    /// <summary>The family asked for when none of it is installed (the chain then starts at a default family); else null.</summary>
    public string? MissingFamily { get; }

    public FontFace? FaceFor(int codePoint) => Choose(codePoint).Face;

    /// <summary>The face that prints a character and its advance as a fraction of the font size (null and 0 when no face has it).</summary>
    public (FontFace? Face, double Advance) Choose(int codePoint)
    {
        var page = _pages[codePoint >> 8] ??= new Choice[256];
        ref var choice = ref page[codePoint & 0xFF];
        if (!choice.Known)
        {
            choice = First(codePoint);
        }

        return (choice.Face, choice.Advance);
    }

    // A loop, not FirstOrDefault with a lambda: the lambda's closure would be allocated on every call, cached or not.
    private Choice First(int codePoint)
    {
        foreach (var face in Faces)
        {
            if (face.Has(codePoint))
            {
                return new Choice(true, face, face.Advance(codePoint));
            }
        }

        return new Choice(true, null, 0);
    }

    private readonly record struct Choice(bool Known, FontFace? Face, double Advance);
}
