using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Sections;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using Humanizer;

namespace BriefBuilder.Composition.Briefs;

/// <summary>Running header and footer (BRIEF-DESIGN: page furniture): none on page 1; the short title and the current
/// section above a thin rule; "Page N of M" and the as-of date below one; small, grey, tagged as artifacts by the engine.</summary>
internal static class Furniture
{
    private const int ShortTitleLength = 60;

    public static PageFurniture Compose(BriefContext context)
    {
        var template = context.Template;
        var brief = BriefWords.Of(context);
        return new PageFurniture(
            page => page.PageNumber == 1 ? null : Line(context, brief, template.Header, page, ruleBelow: true),
            page => Line(context, brief, template.Footer, page, ruleBelow: false),
            HeaderHeight: 14,
            FooterHeight: 14);
    }

    /// <summary>The title cut to fit a running header: the part before a colon when there is one, else whole words and "…".</summary>
    public static string ShortTitle(string title)
    {
        if (title.Length <= ShortTitleLength)
        {
            return title;
        }

        var colon = title.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 12 && colon <= ShortTitleLength)
        {
            return title[..colon].Trim();
        }

        if (Abridged.WholeWords(title, cut => cut.Length <= ShortTitleLength) is { } cut)
        {
            return cut;
        }

        return title.Truncate(ShortTitleLength, "…");
    }

    // A furniture text with its placeholders filled for one page.
    private static string Fill(BriefContext context, BriefWords brief, string text, PageContext page)
    {
        var language = context.Language;
        var (number, total) = (language.Number(page.PageNumber), language.Number(page.TotalPages));
        return TextPattern.Fill(
            text,
            ("title", brief.Title),
            ("short-title", brief.ShortTitle),
            ("section", page.SectionTitle ?? string.Empty),
            ("page", number),
            ("pages", total),
            ("page-of", TextPattern.Fill(context.Labels.PageOf, ("page", number), ("pages", total))),
            ("as-of", brief.AsOf),
            ("date", brief.Date),
            ("organization", brief.Organization));
    }

    private static bool IsEmpty(FurnitureText text) => text.Left is null && text.Center is null && text.Right is null;

    private static Element? Line(BriefContext context, BriefWords brief, FurnitureText text, PageContext page, bool ruleBelow)
    {
        if (IsEmpty(text))
        {
            return null;
        }

        var style = context.Styles.Furniture;
        Paragraph Part(string? part, TextAlignment alignment) =>
            new([new Span(part is null ? string.Empty : Fill(context, brief, part, page), style)], new ParagraphStyle(alignment, LineHeight: 1.2));

        // Without centre text the two sides share the line, the left (usually the title) a little more.
        var row = text.Center is null
            ? new Row([new RowCell(Part(text.Left, TextAlignment.Left), Width.Relative(3)), new RowCell(Part(text.Right, TextAlignment.Right), Width.Relative(2))], 12)
            : new Row(
            [
                new RowCell(Part(text.Left, TextAlignment.Left), Width.Relative(1)),
                new RowCell(Part(text.Center, TextAlignment.Center), Width.Relative(1)),
                new RowCell(Part(text.Right, TextAlignment.Right), Width.Relative(1)),
            ],
                8);
        var rule = new Border(context.Styles.Hairline, ruleBelow ? new Edges(0, 0, 0.5, 0) : new Edges(0.5, 0, 0, 0));
        var padding = ruleBelow ? new Edges(0, 0, 3, 0) : new Edges(3, 0, 0, 0);
        return new Box(new Padding(row, padding), Border: rule);
    }

    // The placeholders that are the same on every page, filled once for the brief rather than on every page of every pass.
    private sealed record BriefWords(string Title, string ShortTitle, string AsOf, string Date, string Organization)
    {
        public static BriefWords Of(BriefContext context)
        {
            var date = context.Selection.AsOf is { } day ? context.Dates.Day(day) : null;
            return new BriefWords(
                context.Title,
                Furniture.ShortTitle(context.Title),
                date is null ? string.Empty : TextPattern.Fill(context.Labels.AsOf, ("date", date)),
                date ?? string.Empty,
                context.Dossier.Brief.Organization?.Trim() ?? string.Empty);
        }
    }
}
