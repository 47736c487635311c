using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Results;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Layout;

/// <summary>Runs the layout: fills pages from the root node until it has drawn everything, then adds the page
/// furniture. With a table of contents it lays out again, with the pages the last pass found for each heading, until
/// they stop changing (two passes in the usual case; one when it starts from the pages of an earlier layout that hold).</summary>
internal static class Paginator
{
    private const int MaxPasses = 5;
    private const int MaxPages = 100_000;

    public static LayoutResult Run(Document.Document document, ContentsPages? start)
    {
        var geometry = PageGeometry.For(document.Page);
        var warnings = new WarningSink();
        var measurer = new TextMeasurer(FontLibrary.Shared, document.Fonts, warnings.Add);
        var policy = document.Fonts?.MissingGlyphs ?? MissingGlyphPolicy.Error;
        var catalog = HeadingCatalog.Collect(document.Body, warnings.Add);
        var hasContents = ElementTree.DepthFirst(document.Body).Any(e => e is TableOfContents);
        IReadOnlyDictionary<int, int> previous = start?.Pages ?? new Dictionary<int, int>();
        var shaping = new ShapingCache();

        // With a table of contents the first pass only finds where headings land (nothing is painted); later passes
        // print the pages the pass before found, until a pass finds the same pages it printed. Pages from an earlier
        // layout stand in for the first pass.
        var dry = hasContents && start is null;
        for (var pass = 1; ; pass++)
        {
            var context = new LayoutContext(measurer, policy, geometry.BodyHeight, catalog, previous, warnings, shaping);
            var pages = Fill(document, geometry, context, dry);
            var settled = !hasContents || SamePages(previous, context.HeadingPages);
            if (!dry && (settled || pass >= MaxPasses))
            {
                if (!settled)
                {
                    warnings.Add($"The table of contents' page numbers did not settle after {MaxPasses} layout passes.");
                }

                PageFurnisher.Furnish(document, geometry, pages, context);
                return new LayoutResult([.. pages.Select(p => p.ToPage())], [.. context.Anchors.OrderBy(a => a.Page).ThenBy(a => a.Y)],
                    context.PlacedHeadings, warnings.Messages, pages, pass, new ContentsPages(context.HeadingPages));
            }

            previous = context.HeadingPages;
            dry = false;
        }
    }

    private static List<PageCanvas> Fill(Document.Document document, PageGeometry geometry, LayoutContext context, bool dry)
    {
        var root = new NodeFactory(context).Create(document.Body, StructNode.Document());
        var pages = new List<PageCanvas>();
        while (true)
        {
            var space = new Space(geometry.BodyWidth, geometry.BodyHeight, true);
            var plan = root.Measure(space);
            if (plan.Kind == PlanKind.Empty && pages.Count > 0)
            {
                return pages;
            }

            if (plan.Kind == PlanKind.Wrap)
            {
                throw new InvalidOperationException($"Layout made no progress on an empty page {pages.Count + 1}: {plan.Reason}");
            }

            var page = new PageCanvas(pages.Count + 1, geometry.Width, geometry.Height, dry);
            root.Draw(page, geometry.BodyLeft, geometry.BodyTop, space);
            pages.Add(page);
            if (plan.Kind is PlanKind.FullRender or PlanKind.Empty)
            {
                return pages;
            }

            if (pages.Count >= MaxPages)
            {
                throw new InvalidOperationException($"Layout stopped after {MaxPages} pages; the document does not converge.");
            }
        }
    }

    private static bool SamePages(IReadOnlyDictionary<int, int> before, IReadOnlyDictionary<int, int> after) =>
        before.Count == after.Count && before.All(p => after.TryGetValue(p.Key, out var page) && page == p.Value);
}
