using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Text;

/// <summary>Shaped text by span list, kept across layout passes: the element tree does not change between passes, so
/// each paragraph is shaped (and its intrinsic widths found) once.</summary>
internal sealed class ShapingCache
{
    private readonly Dictionary<IReadOnlyList<Span>, ShapedText> _shaped = new(ReferenceEqualityComparer.Instance);

    public ShapedText Shape(IReadOnlyList<Span> spans, Func<ShapedText> shape)
    {
        if (!_shaped.TryGetValue(spans, out var text))
        {
            text = shape();
            _shaped[spans] = text;
        }

        return text;
    }
}
