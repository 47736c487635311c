using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Chicago;

/// <summary>A Chicago author-date reference list entry: author, year, title, source, access date, URL (CMOS 13.102).</summary>
internal static class ChicagoReference
{
    public static Segment Build(CslItem item, Disambiguation disambiguation, BibliographyLocale locale)
    {
        var lead = ChicagoLead.Of(item, locale);
        return Segment.Group(
            ". ",
            lead.Segment,
            Segment.Text(ChicagoDates.Year(item.Issued, disambiguation, locale)),
            lead.Field == LeadField.Title ? Segment.None : ChicagoTitle.Of(item, locale),
            Source(item, lead.Field, locale),
            Segment.Text(ChicagoDates.Accessed(item, locale)),
            Segment.Link(item.Url),
            Archived(item, locale)).Affixed(string.Empty, ".");
    }

    // Where the work appeared and when within its year, as the CSL style gives it for each type (CMOS 14.64-14.106).
    private static Segment Source(CslItem item, LeadField lead, BibliographyLocale locale)
    {
        var date = Segment.Text(ChicagoDates.MonthAndDay(item.Issued, locale));
        var container = Segment.Italic(item.TitleCased(item.ContainerTitle, locale));
        var publisher = Segment.Text(item.CapitalizedFirst(item.Publisher));
        return item.Type switch
        {
            CslType.ArticleJournal => Segment.Group(", ", container, date),
            CslType.Article => Segment.Group(", ", publisher, date),
            CslType.ArticleNewspaper => lead == LeadField.Container ? date : Segment.Group(", ", container, date),
            CslType.Document or CslType.Speech => Segment.Group(
                ". ",
                Segment.Group(", ", container.Around(locale.Words.In, "container"), Segment.Text(item.CapitalizedFirst(item.Genre))),
                Segment.Group(", ", publisher, date)),
            CslType.Report or CslType.Book => Segment.Group(". ", Segment.Text(item.TitleCased(item.CollectionTitle, locale)), publisher),
            CslType.Interview => Segment.Group(", ", container, Segment.Text(item.Publisher), date),
            CslType.Webpage or CslType.Post => Segment.Group(
                ", ",
                lead == LeadField.Container ? Segment.None : Segment.Text(item.TitleCased(item.ContainerTitle, locale)),
                lead == LeadField.Publisher ? Segment.None : publisher,
                date),
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.Type, null),
        };
    }

    // Divergence from the CSL style, which has no variable for an archived copy: it follows the URL so a moved page can still be read.
    private static Segment Archived(CslItem item, BibliographyLocale locale) => Segment.Link(item.ArchivedUrl).Around(locale.Words.ArchivedAt, "url");
}
