using System.Collections.ObjectModel;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Layout;

/// <summary>Where one layout pass found the headings (by index) and anchors (by name): the pages the next pass prints in
/// the table of contents and in page references. The first pass knows none.</summary>
internal sealed record PrintedPages(IReadOnlyDictionary<int, int> Headings, IReadOnlyDictionary<string, AnchorPlacement> Anchors)
{
    public static PrintedPages None { get; } = new(ReadOnlyDictionary<int, int>.Empty, ReadOnlyDictionary<string, AnchorPlacement>.Empty);
}
