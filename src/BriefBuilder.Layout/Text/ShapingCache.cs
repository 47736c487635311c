using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout;

namespace BriefBuilder.Layout.Text;

/// <summary>Shaped text by content, kept across layout passes and across layouts of revised versions of a document set
/// in the same fonts: each distinct paragraph is shaped (and broken for a width) once. The warnings shaping raised are
/// kept with it and raised again in each layout that uses it.</summary>
internal sealed class ShapingCache(FontOptions? fonts)
{
    private readonly Dictionary<IReadOnlyList<Span>, (ShapedText Text, string[] Warnings)> _shaped = new(SpanSequence.Instance);

    /// <summary>True when text shaped here is shaped as a document with these font options would shape it.</summary>
    public bool Serves(FontOptions? options) => ReferenceEquals(fonts, options) || (fonts is not null && options is not null
        && fonts.MissingGlyphs == options.MissingGlyphs
        && SameList(fonts.FontFiles, options.FontFiles)
        && SameFamilies(fonts.Families, options.Families));

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

        var raised = new List<string>();
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

    private static bool SameList(IReadOnlyList<string>? a, IReadOnlyList<string>? b) =>
        (a is null || a.Count == 0) ? (b is null || b.Count == 0) : b is not null && a.SequenceEqual(b, StringComparer.Ordinal);

    private static bool SameFamilies(IReadOnlyDictionary<string, IReadOnlyList<string>>? a, IReadOnlyDictionary<string, IReadOnlyList<string>>? b) =>
        (a is null || a.Count == 0) ? (b is null || b.Count == 0)
            : b is not null && a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var other) && SameList(p.Value, other));

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
