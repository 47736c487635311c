namespace BriefBuilder.Layout.Results;

/// <summary>The pages a layout found for the document's headings. A later layout of a revised document starts its table
/// of contents from them instead of from a pass that only finds where headings land.</summary>
public sealed class ContentsPages
{
    internal ContentsPages(IReadOnlyDictionary<int, int> pages) => Pages = pages;

    /// <summary>Heading index to page number.</summary>
    internal IReadOnlyDictionary<int, int> Pages { get; }
}
