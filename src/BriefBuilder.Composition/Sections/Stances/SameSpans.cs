using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Stances;

/// <summary>Spans alike text for text and style, which the engine measures and breaks alike: lets a composer measure
/// text that repeats (a speaker named on many rows) once.</summary>
internal sealed class SameSpans : IEqualityComparer<IReadOnlyList<Span>>
{
    public static SameSpans Instance { get; } = new();

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
        for (var i = 0; i < spans.Count; i++)
        {
            hash.Add(spans[i]);
        }

        return hash.ToHashCode();
    }
}
