using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;

namespace BriefBuilder.Layout.Tests.Text;

/// <summary>A text measurer whose metrics are set here rather than read from an installed font, so layout positions can
/// be worked out by hand: every printable ASCII character is half an em wide and a space (breaking or not) a quarter, whatever the style;
/// ascent 0.8 em, descent 0.2 em, no line gap.</summary>
internal sealed class FixedMetrics : ITextMeasurer
{
    private readonly FontChain _chain = new([Face()]);

    public FontChain ChainFor(TextStyle style) => _chain;

    private static FontFace Face()
    {
        var glyphs = new Dictionary<int, ushort>();
        var advances = new ushort[0xA1];
        foreach (var c in Enumerable.Range(0x20, 0x7F - 0x20).Append(0xA0))
        {
            glyphs[c] = (ushort)c;
            advances[c] = c is ' ' or 0xA0 ? (ushort)250 : (ushort)500;
        }

        return new FontFace("fixed metrics (no file)", "Fixed", bold: false, italic: false, weight: 400, unitsPerEm: 1000,
            ascender: 800, descender: 200, lineGap: 0, glyphs, advances);
    }
}
