namespace BriefBuilder.Composition.Sections;

/// <summary>Where each anchor landed in an earlier layout of the same brief (1-based page numbers), for page references.</summary>
public sealed class PageMap(IReadOnlyDictionary<string, int> pages)
{
    public static PageMap Empty { get; } = new(new Dictionary<string, int>());

    private IReadOnlyDictionary<string, int> Pages { get; } = pages;

    public int? PageOf(string anchor) => Pages.TryGetValue(anchor, out var page) ? page : null;

    /// <summary>True when both maps put the same anchors on the same pages.</summary>
    public bool SameAs(PageMap other) =>
        Pages.Count == other.Pages.Count && Pages.All(p => other.PageOf(p.Key) == p.Value);
}
