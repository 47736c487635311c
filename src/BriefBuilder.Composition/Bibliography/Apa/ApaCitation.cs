using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Apa;

/// <summary>An APA 7 parenthetical citation: "(Bagheri, 2023)", "(“Talks Resume in Geneva,” 2023)" (APA 8.10, 8.14).</summary>
internal static class ApaCitation
{
    public static Segment Build(CslItem item, Disambiguation disambiguation, BibliographyLocale locale)
    {
        var names = ApaNames.Citation(item.Authors, disambiguation, locale) is { } authors
            ? Segment.Text(authors)
            : item.Type == CslType.Webpage && item.Publisher is not null ? Segment.Text(item.Publisher) : ApaTitle.InText(item, locale);
        return Segment.Group(", ", names, Segment.Text(ApaDates.Year(item.Issued, disambiguation, locale))).Wrapped("(", ")");
    }
}
