namespace BriefBuilder.Layout.Text;

/// <summary>A character that no font in the style's chain can print, with where it came from.</summary>
public sealed class MissingGlyphException(string character, int codePoint, string family, string origin)
    : Exception($"No installed font can print '{character}' (U+{codePoint:X4}) in family '{family}', in the text beginning \"{origin}\". " +
                "Install a font that has it, name one in the template's font files, or choose the replace policy.")
{
    public string Character { get; } = character;

    public int CodePoint { get; } = codePoint;

    /// <summary>The first words of the paragraph the character came from.</summary>
    public string Origin { get; } = origin;
}
