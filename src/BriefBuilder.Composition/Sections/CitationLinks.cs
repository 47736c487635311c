using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections;

/// <summary>In-text citations of a claim's or event's sources, each a link to its bibliography entry and each followed by
/// its own locator: "(Demirdjian 2024, paras. 6–7; Bagheri 2023)".</summary>
internal static class CitationLinks
{
    /// <summary>The citations of the selected sources among <paramref name="citations"/>; none when no source is selected.
    /// Sources in <paramref name="implied"/> are named once elsewhere (every statement of the section cites them): a
    /// citation of one without a place is left out, and when there is only one such source its place is printed bare,
    /// first, so that "(paras. 6–7; Bagheri 2023)" cannot be read as Bagheri's paragraphs.</summary>
    public static IReadOnlyList<Span> Spans(BriefContext context, IReadOnlyList<Citation> citations, TextStyle style, bool brackets = true, IReadOnlySet<string>? implied = null)
    {
        bool IsImplied(Citation c) => implied is not null && implied.Contains(c.SourceId);
        bool Bare(Citation c) => IsImplied(c) && implied!.Count == 1;

        // Each source and place once, a bare place first; loops rather than a query, as every statement's sources pass here.
        var cited = new List<(Citation Citation, BibliographyEntry Entry)>(citations.Count);
        var bare = 0;
        for (var index = 0; index < citations.Count; index++)
        {
            var citation = citations[index];
            if ((IsImplied(citation) && string.IsNullOrWhiteSpace(citation.Locator))
                || context.Citations.Find(citation.SourceId) is not { } entry
                || Cited(cited, entry, citation.Locator))
            {
                continue;
            }

            cited.Insert(Bare(citation) ? bare++ : cited.Count, (citation, entry));
        }

        if (cited.Count == 0)
        {
            return [];
        }

        var linkStyle = context.Shared.Of(style with { Color = context.Styles.Accent });
        var spans = new List<Span>();
        if (brackets)
        {
            spans.Add(new Span("(", style));
        }

        for (var index = 0; index < cited.Count; index++)
        {
            if (index > 0)
            {
                spans.Add(new Span(context.Language.Pack.Semicolon, style));
            }

            var (citation, entry) = cited[index];
            if (Bare(citation))
            {
                spans.Add(new Span(context.Texts.Of(Locator.InLanguage(citation.Locator!, context.Language)), linkStyle, LinkTarget.ToAnchor(entry.Anchor)));
                continue;
            }

            var (text, link) = context.Citations.Inner(entry);
            // "European Parliament 2023": the author's name as the workbook writes it.
            spans.Add(new Span(text, context.ContentText(linkStyle), link));
            if (!string.IsNullOrWhiteSpace(citation.Locator))
            {
                spans.Add(new Span(context.Texts.Of(", " + Locator.InLanguage(citation.Locator, context.Language)), style));
            }
        }

        if (brackets)
        {
            spans.Add(new Span(")", style));
        }

        return spans;
    }

    private static bool Cited(List<(Citation Citation, BibliographyEntry Entry)> cited, BibliographyEntry entry, string? locator)
    {
        foreach (var (citation, other) in cited)
        {
            if (other.Equals(entry) && citation.Locator == locator)
            {
                return true;
            }
        }

        return false;
    }
}
