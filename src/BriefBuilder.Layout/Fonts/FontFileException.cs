namespace BriefBuilder.Layout.Fonts;

/// <summary>A font file a document names that cannot be used (missing, not a TrueType font, or damaged), with why.
/// Thrown before layout: a brief is never set in another font than the one its template names without a word.</summary>
public sealed class FontFileException(string path, string problem) : Exception($"Font file '{path}' {problem}.")
{
    /// <summary>The font file, as a full path.</summary>
    public string Path { get; } = path;
}
