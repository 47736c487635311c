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

    public static LayoutResult Run(Document.Document document, LayoutHints? start)
    {
        var run = new Passes(document, start);
        IReadOnlyDictionary<int, int> previous = start?.Pages ?? new Dictionary<int, int>();

        // With a table of contents the first pass only finds where headings land (nothing is painted); later passes
        // print the pages the pass before found, until a pass finds the same pages it printed. Pages from an earlier
        // layout stand in for the first pass.
        var dry = run.HasContents && start is null;
        for (var pass = 1; ; pass++)
        {
            var context = run.Context(previous);
            var pages = Fill(document, run.Geometry, context, dry);
            var settled = !run.HasContents || SamePages(previous, context.HeadingPages);
            if (!dry && (settled || pass >= MaxPasses))
            {
                if (!settled)
                {
                    run.Warnings.Add($"The table of contents' page numbers did not settle after {MaxPasses} layout passes.");
                }

                PageFurnisher.Furnish(document, run.Geometry, pages, context);
                return new LayoutResult([.. pages.Select(p => p.ToPage())], [.. context.Anchors.OrderBy(a => a.Page).ThenBy(a => a.Y)],
                    context.PlacedHeadings, run.Warnings.Messages, pages, pass, new LayoutHints(context.HeadingPages, run.Shapes));
            }

            previous = context.HeadingPages;
            dry = false;
        }
    }

    /// <summary>Finds where anchors land, passing over the document as <see cref="Run"/> does but with every pass dry:
    /// nothing to draw is recorded, so the places cost a fraction of a layout.</summary>
    public static LayoutPlaces Place(Document.Document document, LayoutHints? start)
    {
        var run = new Passes(document, start);
        IReadOnlyDictionary<int, int> previous = start?.Pages ?? new Dictionary<int, int>();
        for (var pass = 1; ; pass++)
        {
            var context = run.Context(previous);
            var pages = Fill(document, run.Geometry, context, dry: true);

            // Without a start, the first pass printed no page numbers in the contents, so it cannot count as settled.
            var settled = !run.HasContents || ((start is not null || pass > 1) && SamePages(previous, context.HeadingPages));
            if (settled || pass >= MaxPasses)
            {
                return new LayoutPlaces(context.Anchors.ToDictionary(a => a.Name, StringComparer.Ordinal), pages.Count,
                    new LayoutHints(context.HeadingPages, run.Shapes));
            }

            previous = context.HeadingPages;
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

    /// <summary>What every pass over one document shares: its page geometry, fonts, headings and shaped text (with the
    /// text an earlier layout shaped, when it was set in the same fonts).</summary>
    private sealed class Passes
    {
        private readonly TextMeasurer _measurer;
        private readonly MissingGlyphPolicy _policy;
        private readonly HeadingCatalog _catalog;
        public Passes(Document.Document document, LayoutHints? start)
        {
            Shapes = start?.Shapes is { } shapes && shapes.Serves(document.Fonts) ? shapes : new ShapingCache(document.Fonts);
            Geometry = PageGeometry.For(document.Page);
            _measurer = new TextMeasurer(FontLibrary.Shared, document.Fonts, Warnings.Add);
            _policy = document.Fonts?.MissingGlyphs ?? MissingGlyphPolicy.Error;
            _catalog = HeadingCatalog.Collect(document.Body, Warnings.Add);
            HasContents = ElementTree.DepthFirst(document.Body).Any(e => e is TableOfContents);
        }

        public PageGeometry Geometry { get; }

        public WarningSink Warnings { get; } = new();

        public bool HasContents { get; }

        public ShapingCache Shapes { get; }

        public LayoutContext Context(IReadOnlyDictionary<int, int> previous) =>
            new(_measurer, _policy, Geometry.BodyHeight, _catalog, previous, Warnings, Shapes);
    }
}
