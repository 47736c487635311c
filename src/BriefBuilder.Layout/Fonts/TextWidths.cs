using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Fonts;

/// <summary>How wide text prints in a document's fonts, measured and broken as the engine will print it: what a composer
/// asks when it must size something before layout (a balance, a chart label), instead of estimating.</summary>
public sealed class TextWidths
{
    private static readonly Lazy<Task> ScanAhead = new(() => Task.Run(() => FontLibrary.Installed));

    private readonly ITextMeasurer _measurer;
    private readonly ShapingBuffers _buffers = new();
    private readonly Func<IReadOnlyList<Span>, ShapedText> _shape;

    internal TextWidths(ITextMeasurer measurer)
    {
        _measurer = measurer;

        // A character no font has counts as nothing here; the layout reports it where it is printed.
        _shape = spans => TextShaper.Shape(spans, _measurer, MissingGlyphPolicy.Replace, _ => { }, buffers: _buffers);
    }

    /// <summary>The widths for a document's fonts: the installed fonts with the font files it names ahead of them.</summary>
    public static TextWidths For(FontOptions? fonts) => new(TextMeasurer.For(fonts));

    /// <summary>Starts the one scan of the installed fonts (every file read, 30 ms or more at each start) on a pool thread,
    /// beside the reading of a workbook; whoever measures first waits for it. A failure is raised there, not here. Asked
    /// again, it starts nothing more.</summary>
    public static void ScanInstalledFontsAhead() => _ = ScanAhead.Value;

    /// <summary>Whether some font of the document, or an installed one, has a glyph for the character in this style.</summary>
    public bool CanPrint(int codePoint, TextStyle style) => _measurer.ChainFor(style).FaceFor(codePoint) is not null;

    /// <summary>The width in points of text printed on one line.</summary>
    public double Of(string text, TextStyle style) => Of([new Span(text, style)]);

    /// <summary>The width in points of spans printed on one line.</summary>
    public double Of(IReadOnlyList<Span> spans) => Intrinsic(spans).Max;

    /// <summary>The widest part of the text the engine never breaks (a word, or words joined by no-break spaces).</summary>
    public double WidestUnbreakable(string text, TextStyle style) => Intrinsic([new Span(text, style)]).Min;

    /// <summary>The narrowest the spans can be set without breaking a word (Min) and their width on one line (Max).</summary>
    public (double Min, double Max) Intrinsic(IReadOnlyList<Span> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        if (spans.Count == 0)
        {
            return (0, 0);
        }

        var shaped = new ShapedText(spans, _shape);
        var widths = shaped.IntrinsicWidth;
        shaped.Release();
        return widths;
    }

    /// <summary>How many lines the spans take at this width, broken as a paragraph is.</summary>
    public int Lines(IReadOnlyList<Span> spans, double width) => Lines(spans, [width])[0];

    /// <summary>How many lines the spans take at each of the widths: shaped once, however many widths a composer tries.</summary>
    public int[] Lines(IReadOnlyList<Span> spans, IReadOnlyList<double> widths)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(widths);
        if (spans.Count == 0)
        {
            return new int[widths.Count];
        }

        var shaped = new ShapedText(spans, _shape);
        var lines = new int[widths.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = LineBreaker.Count(shaped, widths[i], widths[i]);
        }

        shaped.Release();
        return lines;
    }
}
