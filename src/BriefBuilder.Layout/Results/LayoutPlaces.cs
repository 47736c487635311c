namespace BriefBuilder.Layout.Results;

/// <summary>Where a document's anchors would land and how many pages it would take, found without laying out pages
/// to write; with the pages its headings would land on, to start the layout that follows.</summary>
public sealed record LayoutPlaces(IReadOnlyDictionary<string, AnchorPlacement> Anchors, int PageCount, LayoutHints Hints);
