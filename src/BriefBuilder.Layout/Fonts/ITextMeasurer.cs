using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Fonts;

/// <summary>The one question layout asks of fonts: which faces print this style, and so which face has a character
/// and how wide it is. Layout never writes PDF; only the writer does.</summary>
internal interface ITextMeasurer
{
    FontChain ChainFor(TextStyle style);

    /// <summary>Width in points of a single-line string in a style; characters no face has count as zero.</summary>
    double Width(string text, TextStyle style)
    {
        var chain = ChainFor(style);
        var width = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += chain.FaceFor(rune.Value)?.Advance(rune.Value) ?? 0;
        }

        return width * style.Size;
    }
}
