using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Chicago;

/// <summary>
/// A title in Chicago: in quotation marks for a part of something larger (an article, a statement, a page),
/// in italics for a whole work (a book, a report), headline-style capitalised except a post's own words (CMOS 8.156, 14.106).
/// </summary>
internal static class ChicagoTitle
{
    public static Segment Of(CslItem item, LeadField lead)
    {
        var text = item.Type == CslType.Post ? item.Title : item.TitleCased(item.Title);
        return IsPartOfSomething(item, lead) ? Segment.Quoted(Segment.Text(text)) : Segment.Italic(text);
    }

    private static bool IsPartOfSomething(CslItem item, LeadField lead) => item.Type switch
    {
        CslType.ArticleJournal => item.ContainerTitle is not null,
        CslType.ArticleNewspaper => item.ContainerTitle is not null && lead != LeadField.Container,
        CslType.Report or CslType.Book => false,
        _ => true,
    };
}
