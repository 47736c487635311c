using System.Globalization;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Results;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Layout;

/// <summary>Runs the layout: fills pages from the root node until it has drawn everything, then adds the page
/// furniture. A document that prints page numbers (a table of contents, page references) is laid out again, each pass
/// printing the pages the pass before found for its headings and anchors, until they stop changing.</summary>
internal static class Paginator
{
    private const int MaxPasses = 5;

    /// <param name="measurer">The document's fonts, made for this layout alone.</param>
    /// <param name="stream">Called when the painted pass follows a settled one, with that pass's page count and anchors
    /// (which the painted pass repeats); returns where each page goes, furnished, as soon as it is drawn. Not called when
    /// the pages are only known at the end (no earlier pass), and then the pages are kept for the caller. A streamed
    /// layout records no boxes: whoever writes its pages has no use for them.</param>
    /// <param name="rewind">When given, one pass may be painted ahead, before it is known to settle; if it did not find
    /// exactly what the pass before it found, this is called to throw away what was streamed, and the layout goes on
    /// (calling <paramref name="stream"/> again for the pass it paints).</param>
    public static LayoutResult Run(Document.Document document, ITextMeasurer measurer,
        Func<int, IReadOnlyDictionary<string, AnchorPlacement>, Action<PageCanvas>>? stream = null, Action? rewind = null)
    {
        var run = new Passes(document, measurer);
        if (run.Geometry.BodyWidth < 1 || run.Geometry.BodyHeight < 1)
        {
            throw new LayoutLimitException(string.Create(CultureInfo.InvariantCulture,
                $"The page's margins leave no room for text ({run.Geometry.BodyWidth:0.#} by {run.Geometry.BodyHeight:0.#} pt)."));
        }

        var printed = PrintedPages.None;

        // The first pass can only find where headings and anchors land (it knows no pages to print but those of anchors
        // it has placed by then); later passes print the pages the pass before found, until a pass finds the pages it
        // printed. Painting costs several times what finding places does, so passes are dry (paint nothing) until one
        // settles; the next, the same layout again, is painted, unless a pass painted ahead of settling stood. The last
        // pass allowed is painted whatever it finds.
        var dry = run.PrintsPages;
        var context = run.Context;
        LayoutNode? root = null;
        var previousPages = 0;
        var previousSettled = false;
        var previousReferencesHeld = true;
        var paintedAhead = false;
        for (var pass = 1; ; pass++)
        {
            context.BeginPass(printed);
            if (root is null)
            {
                root = new NodeFactory(context).Create(document.Body, StructNode.Document());
            }
            else
            {
                root.Restart();
            }

            // A dry pass that will likely settle is painted instead (once): when it finds what the pass before it found, it
            // is the pass that would have been painted after it, and the dry pass is saved.
            var ahead = dry && stream is not null && rewind is not null && !paintedAhead && run.LikelySettles(pass, previousReferencesHeld);
            paintedAhead |= ahead;
            dry &= !ahead;
            Action<PageCanvas>? streamed = null;
            if (stream is not null && !dry && (previousSettled || ahead))
            {
                var expected = previousPages;
                var sink = stream(expected, printed.Anchors);
                streamed = page =>
                {
                    PageFurnisher.Furnish(document, run.Geometry, page, expected, context);
                    sink(page);
                };
            }

            var pages = Fill(root, context, run.Geometry, dry, streamed, document.Limits.Pages);
            var referencesHeld = context.ReferencesHold;
            var settled = run.Settled(printed, context, referencesHeld);
            // The writer was given the anchors of the pass before (for link destinations): a pass painted ahead is kept
            // only when it placed every anchor where that pass did.
            if (ahead && !(settled && pages.Count == previousPages && SamePlaces(printed.Anchors, context.Anchors)))
            {
                rewind!();
                streamed = null;
                dry = true;
            }

            // A streamed pass repeats a settled one, so it settles too; its pages are written either way, so it ends the layout.
            if (!dry && (settled || pass >= MaxPasses || streamed is not null))
            {
                if (!settled)
                {
                    run.Warnings.Add(new LayoutWarning(LayoutWarningSource.Pagination, $"The page numbers printed in the table of contents or page references did not settle after {MaxPasses} layout passes."));
                }

                if (streamed is null)
                {
                    PageFurnisher.Furnish(document, run.Geometry, pages, context);
                }
                else if (pages.Count != previousPages)
                {
                    run.Warnings.Add(new LayoutWarning(LayoutWarningSource.Pagination, $"The last layout pass made {pages.Count} pages where the one before made {previousPages}; page totals in the furniture may be wrong."));
                }

                return new LayoutResult([.. pages.Select(p => p.ToPage())], [.. context.Anchors.Values.OrderBy(a => a.Page).ThenBy(a => a.Y)],
                    context.PlacedHeadings, run.Warnings.Warnings, pages, pass);
            }

            printed = new PrintedPages(context.HeadingPages, context.Anchors);
            (previousPages, previousSettled, previousReferencesHeld) = (pages.Count, settled, referencesHeld);
            dry = !settled && pass + 1 < MaxPasses;
        }
    }

    // Whether two passes found the same places: every key of each in the other, at the same value.
    private static bool SamePlaces<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> before, IReadOnlyDictionary<TKey, TValue> after) =>
        before.Count == after.Count && before.All(p => after.TryGetValue(p.Key, out var found) && EqualityComparer<TValue>.Default.Equals(found, p.Value));

    private static List<PageCanvas> Fill(LayoutNode root, LayoutContext context, PageGeometry geometry, bool dry, Action<PageCanvas>? drawn, int maxPages)
    {
        var pages = new List<PageCanvas>();
        while (true)
        {
            context.Page = pages.Count + 1;
            var space = new Space(geometry.BodyWidth, geometry.BodyHeight, true);
            var plan = root.Measure(space);
            if (plan.Kind == PlanKind.Empty && pages.Count > 0)
            {
                return pages;
            }

            if (plan.Kind == PlanKind.Wrap)
            {
                // Every node makes progress at a page's top (a rule gives way there); one that cannot is a bug, reported
                // as what it is rather than looping or crashing.
                throw new LayoutLimitException($"Nothing more could be placed on the empty page {pages.Count + 1}: {plan.Reason}");
            }

            var page = new PageCanvas(pages.Count + 1, geometry.Width, geometry.Height, dry) { RecordsBoxes = drawn is null };
            root.Draw(page, geometry.BodyLeft, geometry.BodyTop, space);
            pages.Add(page);
            drawn?.Invoke(page);
            if (plan.Kind is PlanKind.FullRender or PlanKind.Empty)
            {
                return pages;
            }

            if (pages.Count >= maxPages)
            {
                throw new LayoutLimitException(string.Create(CultureInfo.InvariantCulture, $"The document runs past {maxPages:N0} pages"), LayoutLimits.PagesName, maxPages);
            }
        }
    }

    /// <summary>What every pass over one document shares: its page geometry, the layout context (fonts, shaped text,
    /// headings), and what one walk of its elements found: whether it has a table of contents, and the anchors page
    /// references name.</summary>
    private sealed class Passes
    {
        private readonly bool _hasContents;
        private readonly HashSet<string> _referenced = new(StringComparer.Ordinal);

        public Passes(Document.Document document, ITextMeasurer measurer)
        {
            Geometry = PageGeometry.For(document.Page);
            var catalog = new HeadingCatalog(message => Warnings.Add(LayoutWarning.OfContent(message)));
            foreach (var element in ElementTree.DepthFirst(document.Body))
            {
                switch (element)
                {
                    case Heading heading:
                        catalog.Add(heading);
                        break;
                    case TableOfContents:
                        _hasContents = true;
                        break;
                    case PageReferences references:
                        _referenced.UnionWith(references.Anchors);
                        break;
                }
            }

            Context = new LayoutContext(measurer, document.Fonts?.MissingGlyphs ?? MissingGlyphPolicy.Error, Geometry.BodyHeight, catalog, Warnings, new ShapingCache(), document.Limits);
        }

        public PageGeometry Geometry { get; }

        public WarningSink Warnings { get; } = new();

        /// <summary>True when the document prints pages it can only know from a layout: it needs more than one pass.</summary>
        public bool PrintsPages => _hasContents || _referenced.Count > 0;

        /// <summary>Whether this pass is likely to find the pages the pass before found. The first pass prints no pages
        /// of anchors it has not placed yet, so when one of those landed later the second usually moves what page
        /// references print (a list of pages where a dash stood); otherwise (a table of contents, whose entries keep
        /// their lines, and references back to anchors already placed, as a bibliography's to its statements) the second
        /// settles. From the third on, most documents have settled.</summary>
        /// <param name="referencesHeld">Whether every page the pass before printed ahead of its anchor was where the anchor landed.</param>
        public bool LikelySettles(int pass, bool referencesHeld) => pass >= 3 || (pass == 2 && referencesHeld);

        /// <summary>The context every node of the layout shares, one pass after another.</summary>
        public LayoutContext Context { get; }

        /// <summary>True when the pass found every heading the contents list, and every anchor a page reference names, on the
        /// page it printed for it.</summary>
        /// <param name="referencesHeld">The pass's <see cref="LayoutContext.ReferencesHold"/>.</param>
        public bool Settled(PrintedPages printed, LayoutContext pass, bool referencesHeld) =>
            referencesHeld && (!_hasContents || SamePlaces(printed.Headings, pass.HeadingPages));
    }
}
