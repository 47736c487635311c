using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Output;

/// <summary>A page writer that says how many pages are written as each one is, for a progress display.</summary>
internal sealed class CountingPageWriter(IPageWriter inner, Action<int> written) : IPageWriter
{
    private int _pages;

    public void Page(PageCanvas page)
    {
        inner.Page(page);
        written(++_pages);
    }

    public bool HelpOnce() => inner.HelpOnce();

    public long Finish(IReadOnlyList<HeadingPlacement> headings) => inner.Finish(headings);
}
