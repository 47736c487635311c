using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Text;

/// <summary>Shaped text by content, for one layout: each distinct paragraph is shaped (and broken for a width) once,
/// however often it appears and however many passes the layout takes. The warnings shaping raised are kept with it
/// and raised again wherever it is used.</summary>
internal sealed class ShapingCache
{
    private readonly Dictionary<IReadOnlyList<Span>, (ShapedText Text, LayoutWarning[] Warnings)> _shaped = new(SpanSequence.Instance);

    public ShapedText Shape(IReadOnlyList<Span> spans, Func<ShapedText> shape, WarningSink warnings)
    {
        if (_shaped.TryGetValue(spans, out var known))
        {
            foreach (var warning in known.Warnings)
            {
                warnings.Add(warning);
            }

            return known.Text;
        }

        var raised = new List<LayoutWarning>();
        warnings.Capture = raised;
        try
        {
            var text = shape();
            _shaped[spans] = (text, [.. raised]);
            return text;
        }
        finally
        {
            warnings.Capture = null;
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
