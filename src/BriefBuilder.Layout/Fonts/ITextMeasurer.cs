using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Fonts;

/// <summary>What layout asks of fonts, and all it asks: which faces print a style, and so which face has a character
/// and how wide it is; and how wide a run of text is. Layout is handed one per document (real fonts in
/// <see cref="TextMeasurer"/>, fixed metrics in tests) and never reaches for fonts itself.</summary>
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
