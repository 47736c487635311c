using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Text;

/// <summary>Shaped text by content, for one layout: each distinct paragraph is broken for a width once, however often it
/// appears and however many passes the layout takes. Shaping waits until the text is first measured, and a paragraph
/// lets its units go once drawn, so a layout never holds the units of every paragraph at once; the warnings shaping
/// raises go to the layout's sink, which keeps each once.</summary>
internal sealed class ShapingCache
{
    private readonly Dictionary<IReadOnlyList<Span>, ShapedText> _shaped = new(SpanSequence.Instance);

    /// <param name="shape">Shapes the spans, whenever the text is needed.</param>
    public ShapedText Shape(IReadOnlyList<Span> spans, Func<ShapedText> shape)
    {
        if (!_shaped.TryGetValue(spans, out var text))
        {
            text = new ShapedText(shape, new OpeningWords(spans));
            _shaped[spans] = text;
        }

        return text;
    }

    /// <summary>Span lists equal when their spans are, in order (spans are records: text, style and link).</summary>
    private sealed class SpanSequence : IEqualityComparer<IReadOnlyList<Span>>
    {
        public static readonly SpanSequence Instance = new();

        public bool Equals(IReadOnlyList<Span>? x, IReadOnlyList<Span>? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x is null || y is null || x.Count != y.Count)
            {
                return false;
            }

            for (var i = 0; i < x.Count; i++)
            {
                if (!x[i].Equals(y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        // The texts alone: equal spans have equal texts, and texts differ far more often than styles do, which would
        // cost a hash of every style's family name.
        public int GetHashCode(IReadOnlyList<Span> spans)
        {
            var hash = new HashCode();
            foreach (var span in spans)
            {
                hash.Add(span.Text);
            }

            return hash.ToHashCode();
        }
    }
}
