using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections;

/// <summary>The frame every section shares: a tagged section with a level-1 heading that the running header and contents pick up.</summary>
internal static class SectionFrame
{
    public static Section Wrap(BriefContext context, string kind, string title, IEnumerable<Element> body) =>
        new(new Column([Heading(context, 1, title, AnchorNames.Section(kind)), .. body]), title);

    /// <summary>A heading in the brief's style; <paramref name="workbookText"/> when its words are the workbook's (a stance's
    /// label), tagged with the workbook's language.</summary>
    public static Heading Heading(BriefContext context, int level, string text, string? anchor = null, bool workbookText = false)
    {
        var styles = context.Styles;
        var (style, paragraph) = level switch
        {
            1 => (styles.Heading1, styles.Heading1Paragraph),
            2 => (styles.Heading2, styles.Heading2Paragraph),
            _ => (styles.Heading3, styles.Heading3Paragraph),
        };
        return new Heading(level, [new Span(text, style)], workbookText ? context.ContentStyle(paragraph) : paragraph, anchor);
    }

    /// <summary>Workbook prose (a summary, a coding note) split into paragraphs at blank lines.</summary>
    public static IEnumerable<Element> Prose(BriefContext context, string? text, TextStyle style)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        foreach (var block in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return new Paragraph([new Span(block.Replace('\n', ' '), style)], context.ContentStyle(context.Styles.Paragraph));
        }
    }
}
