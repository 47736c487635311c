namespace BriefBuilder.Composition.Sections;

/// <summary>Where each anchor landed in an earlier layout of the same brief (1-based page numbers), for page references.</summary>
public sealed class PageMap(IReadOnlyDictionary<string, int> pages)
{
    public static PageMap Empty { get; } = new(new Dictionary<string, int>());

    public bool IsEmpty => pages.Count == 0;

    public int? PageOf(string anchor) => pages.TryGetValue(anchor, out var page) ? page : null;
}
