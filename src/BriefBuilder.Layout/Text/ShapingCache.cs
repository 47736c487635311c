using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Text;

/// <summary>Shaped text by content, for one layout: each distinct paragraph is broken for a width once, however often it
/// appears and however many passes the layout takes. Shaping waits until the text is first measured, and a paragraph
/// lets its units go once drawn, so a layout never holds the units of every paragraph at once; the warnings shaping
/// raises go to the layout's sink, which keeps each once.</summary>
internal sealed class ShapingCache
{
    private readonly Dictionary<IReadOnlyList<Span>, ShapedText> _shaped = new(SpanSequence.Comparer);

    /// <summary>The memory the layout's texts borrow while shaped.</summary>
    public ShapingBuffers Buffers { get; } = new();

    /// <param name="shape">Shapes the spans, whenever the text is needed.</param>
    public ShapedText Shape(IReadOnlyList<Span> spans, Func<IReadOnlyList<Span>, ShapedText> shape)
    {
        if (!_shaped.TryGetValue(spans, out var text))
        {
            text = new ShapedText(spans, shape);
            _shaped[spans] = text;
        }

        return text;
    }
}
