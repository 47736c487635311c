namespace BriefBuilder.Layout.Elements;

/// <summary>Span lists equal when their spans are, in order (spans are records: text, style and link): text the engine
/// measures and breaks alike, so a layout shapes it once and a composer can measure it once.</summary>
public sealed class SpanSequence : IEqualityComparer<IReadOnlyList<Span>>
{
    public static SpanSequence Comparer { get; } = new();

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
        // Indexed, not foreach: enumerating the interface boxes an enumerator, for every text looked up.
        var hash = new HashCode();
        for (var i = 0; i < spans.Count; i++)
        {
            hash.Add(spans[i].Text);
        }

        return hash.ToHashCode();
    }
}
