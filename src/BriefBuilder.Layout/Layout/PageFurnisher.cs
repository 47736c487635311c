using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Results;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Layout;

/// <summary>Adds what every page carries once pagination is known: the watermark beneath the content, and the running
/// header and footer in the margins, built per page from its number, the total and the current level-1 heading.
/// All of it is an artifact (PDF/UA-1 7.8: page furniture is not content).</summary>
internal static class PageFurnisher
{
    // Gap between the body and the header or footer box.
    private const double Gap = 8;

    // Points below the body's top within which a heading still opens the page.
    private const double TopTolerance = 24;

    private static readonly Color WatermarkGrey = new(222, 222, 222);

    public static void Furnish(Document.Document document, PageGeometry geometry, List<PageCanvas> pages, LayoutContext context)
    {
        foreach (var page in pages)
        {
            Furnish(document, geometry, page, pages.Count, context);
        }
    }

    /// <summary>Furnishes one page of <paramref name="totalPages"/>, once it and every page before it are drawn.</summary>
    public static void Furnish(Document.Document document, PageGeometry geometry, PageCanvas page, int totalPages, LayoutContext context)
    {
        page.RecordsPlaces = false;
        if (document.Watermark is { Length: > 0 } watermark)
        {
            Watermark(page, watermark, context);
        }

        if (document.Furniture is { } furniture)
        {
            var factory = new NodeFactory(context);
            var section = SectionInForce(context.PlacedHeadings, page.Number, geometry.BodyTop);
            var pageContext = new PageContext(page.Number, totalPages, section);
            if (furniture.Header is { } header && !(document.Page.DifferentFirstPage && page.Number == 1) && header(pageContext) is { } top)
            {
                var y = Math.Max(0, geometry.BodyTop - Gap - furniture.HeaderHeight);
                Slot(page, factory.Create(top, null), geometry.BodyLeft, y, geometry.BodyWidth, furniture.HeaderHeight, "Header", top, context);
            }

            if (furniture.Footer is { } footer && footer(pageContext) is { } bottom)
            {
                var y = geometry.BodyTop + geometry.BodyHeight + Gap;
                Slot(page, factory.Create(bottom, null), geometry.BodyLeft, y, geometry.BodyWidth, furniture.FooterHeight, "Footer", bottom, context);
            }
        }
    }

    private static void Slot(PageCanvas page, LayoutNode node, double x, double y, double width, double height, string kind, Element element, LayoutContext context)
    {
        var space = new Space(width, height, true);
        var plan = node.Measure(space);
        if (plan.Kind != PlanKind.FullRender)
        {
            context.Warn($"The page {kind.ToLowerInvariant()} \"{ElementText.FirstWords(element)}\" is taller than its {height:0.#} pt slot and was cut.");
        }

        var first = page.Ops.Count;
        node.Draw(page, x, y, space);
        if (page.Ops.Count > first)
        {
            page.Pagination.Add((first, page.Ops.Count - first, kind));
        }

        if (page.WantsBoxes)
        {
            page.Box(kind, x, y, width, plan.Draws ? plan.Height : height, ElementText.FirstWords(element));
        }
    }

    // The watermark runs along the page's rising diagonal, centred, sized to about 60 % of the diagonal.
    private static void Watermark(PageCanvas page, string text, LayoutContext context)
    {
        var style = new TextStyle(Size: 100, Bold: true, Color: WatermarkGrey);
        var unit = context.Measurer.Width(text, style with { Size = 1 });
        if (unit <= 0)
        {
            return;
        }

        var diagonal = Math.Sqrt((page.Width * page.Width) + (page.Height * page.Height));
        var size = Math.Min(160, 0.6 * diagonal / unit);
        var angle = Math.Atan2(page.Height, page.Width);
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var half = unit * size / 2;
        var capHalf = 0.36 * size;

        // In page space y grows downwards, so "up the diagonal" is (cos, -sin); the text's downward normal is (sin, cos).
        var x = (page.Width / 2) - (cos * half) + (sin * capHalf);
        var y = (page.Height / 2) + (sin * half) + (cos * capHalf);
        var shaped = context.ShapeOnce([new Span(text, style with { Size = size })]);
        var ops = new List<DrawOp>();
        var along = 0.0;
        foreach (var (face, run, width) in TextRuns.ByFace(shaped))
        {
            ops.Add(new TextOp(null, x + (cos * along), y - (sin * along), run, face, size, style.Color, angle * 180 / Math.PI));
            along += width;
        }

        page.Ops.InsertRange(0, ops);
        if (ops.Count > 0)
        {
            page.Pagination.Add((0, ops.Count, "Watermark"));
        }
        page.Box("Watermark", page.Width / 2, page.Height / 2, 0, 0, text);
    }

    // A running header names the section the page opens in, as a reader turning to it expects: the last level-1
    // heading before the page, or one at the very top of this page; a page before any heading takes its first one.
    private static string? SectionInForce(IEnumerable<HeadingPlacement> headings, int page, double bodyTop)
    {
        HeadingPlacement? inForce = null;
        HeadingPlacement? firstOnPage = null;
        foreach (var heading in headings)
        {
            if (heading.Level != 1)
            {
                continue;
            }

            if (heading.Page < page || (heading.Page == page && heading.Y <= bodyTop + TopTolerance))
            {
                inForce = heading;
            }
            else if (heading.Page == page)
            {
                firstOnPage ??= heading;
            }
        }

        return (inForce ?? firstOnPage)?.Text;
    }
}
