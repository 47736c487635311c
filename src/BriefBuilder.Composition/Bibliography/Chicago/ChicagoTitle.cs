using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Chicago;

/// <summary>
/// A title in Chicago: in quotation marks for a part of something larger (an article, a statement, a page),
/// in italics for a whole work (a book, a report), headline-style capitalised (CMOS 8.159) except a post's own words.
/// </summary>
internal static class ChicagoTitle
{
    public static Segment Of(CslItem item, BibliographyLocale locale)
    {
        // A description of an untitled work is no title: plain, as the curator wrote it, neither quoted nor italic
        // (Chicago on descriptive titles). Divergence from citeproc, which italicises the bracketed description as a title.
        if (item.TitleIsDescription)
        {
            return Segment.Text(item.Title);
        }

        var text = item.Type == CslType.Post ? item.Title : item.TitleCased(item.Title, locale);
        return IsPartOfSomething(item) ? Segment.Quoted(Segment.Text(text)) : Segment.Italic(text);
    }

    // Divergence from citeproc, which italicises an unsigned news article's title once the newspaper has taken
    // the author's place: the title of an article keeps its quotation marks (CMOS 14.89).
    private static bool IsPartOfSomething(CslItem item) => item.Type switch
    {
        CslType.ArticleJournal or CslType.ArticleNewspaper => item.ContainerTitle is not null,
        CslType.Report or CslType.Book => false,
        _ => true,
    };
}
