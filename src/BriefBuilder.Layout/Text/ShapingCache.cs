using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout;

namespace BriefBuilder.Layout.Text;

/// <summary>Shaped text kept across the passes of one layout: each distinct paragraph is shaped (and broken for a width)
/// once. An element's spans are found again by the list itself, as every pass lays out the same elements; text the
/// engine makes up per pass (contents entries, list markers, page references, furniture) by its content. The warnings
/// shaping raised are kept with it and raised again in each pass that uses it.</summary>
internal sealed class ShapingCache
{
    private readonly Dictionary<IReadOnlyList<Span>, Shaped> _byContent = new(SpanSequence.Instance);
    private readonly Dictionary<IReadOnlyList<Span>, Shaped> _byInstance = new(ReferenceEqualityComparer.Instance);

    /// <summary>Spans an element holds: looked up by the list itself, then (in the first pass) by content.</summary>
    public ShapedText ShapeElement(IReadOnlyList<Span> spans, Func<ShapedText> shape, WarningSink warnings)
    {
        if (_byInstance.TryGetValue(spans, out var known))
        {
            return known.Replay(warnings);
        }

        var shaped = ByContent(spans, shape, warnings);
        _byInstance[spans] = shaped;
        return shaped.Text;
    }

    /// <summary>Spans made for one pass: looked up by content.</summary>
    public ShapedText ShapeGenerated(IReadOnlyList<Span> spans, Func<ShapedText> shape, WarningSink warnings) =>
        ByContent(spans, shape, warnings).Text;

    private Shaped ByContent(IReadOnlyList<Span> spans, Func<ShapedText> shape, WarningSink warnings)
    {
        if (_byContent.TryGetValue(spans, out var known))
        {
            known.Replay(warnings);
            return known;
        }

        var raised = new List<string>();
        warnings.Capture = raised;
        try
        {
            var shaped = new Shaped(shape(), [.. raised]);
            _byContent[spans] = shaped;
            return shaped;
        }
        finally
        {
            warnings.Capture = null;
        }
    }

    private sealed record Shaped(ShapedText Text, string[] Warnings)
    {
        public ShapedText Replay(WarningSink sink)
        {
            foreach (var warning in Warnings)
            {
                sink.Add(warning);
            }

            return Text;
        }
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

        public int GetHashCode(IReadOnlyList<Span> spans)
        {
            var hash = new HashCode();
            foreach (var span in spans)
            {
                hash.Add(span);
            }

            return hash.ToHashCode();
        }
    }
}
