using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Apa;

/// <summary>An APA 7 reference: author, date, title, source, then the URL without a closing period (APA 9.4, 9.34-9.36).</summary>
internal static class ApaReference
{
    public static Segment Build(CslItem item, Disambiguation disambiguation, BibliographyLocale locale)
    {
        var lead = Lead(item, locale);
        var titleLeads = lead.Field == ApaLead.Title;
        var described = item.Type is (CslType.Document or CslType.Speech) && item.ContainerTitle is not null;
        var description = described ? Segment.None : ApaTitle.Description(item, locale);
        var body = Segment.Group(
            ". ",
            lead.Segment,
            Segment.Text(ApaDates.Full(item, disambiguation, locale)).Wrapped("(", ")"),
            titleLeads ? description : Segment.Group(" ", TitleWithSeries(item, locale), description),
            Source(item, lead.Field, locale)).Suffixed(".");
        return Segment.Group(" ", body, Location(item, locale));
    }

    private static (Segment Segment, ApaLead Field) Lead(CslItem item, BibliographyLocale locale)
    {
        if (ApaNames.Reference(item.Authors) is { } names)
        {
            return (Segment.Text(names), ApaLead.Authors);
        }

        // A site's owner stands as the group author of its unsigned pages (APA 9.11).
        if (item.Type == CslType.Webpage && item.Publisher is not null)
        {
            return (Segment.Text(item.Publisher), ApaLead.Publisher);
        }

        // APA 9.12: with no author, the title moves to the author's place.
        return (TitleWithSeries(item, locale), ApaLead.Title);
    }

    // A report's series follows its title in parentheses; the APA CSL style gives no series for a book.
    private static Segment TitleWithSeries(CslItem item, BibliographyLocale locale) => Segment.Group(
        " ",
        ApaTitle.InReference(item),
        item.Type == CslType.Report ? Segment.Text(item.TitleCased(item.CollectionTitle, locale)).Wrapped("(", ")") : Segment.None);

    private static Segment Source(CslItem item, ApaLead lead, BibliographyLocale locale)
    {
        var publisher = Segment.Text(item.Publisher);
        var periodical = Segment.Italic(item.TitleCased(item.ContainerTitle, locale));
        return item.Type switch
        {
            CslType.ArticleJournal or CslType.ArticleNewspaper => periodical,
            CslType.Article or CslType.Report or CslType.Book => publisher,
            CslType.Document or CslType.Speech when item.ContainerTitle is not null => Segment.Group(
                ". ",
                Segment.Group(" ", Segment.Italic(item.ContainerTitle).Around(locale.Words.In, "container"), ApaTitle.Description(item, locale)),
                publisher),
            CslType.Document or CslType.Speech => publisher,
            CslType.Interview => Segment.Group(". ", periodical, publisher),
            CslType.Webpage or CslType.Post => Segment.Group(
                ". ",
                lead == ApaLead.Publisher ? Segment.None : publisher,
                Segment.Text(item.TitleCased(item.ContainerTitle, locale))),
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.Type, null),
        };
    }

    // Divergence from the CSL style: the archived copy follows the URL (the CSL style has no variable for it).
    private static Segment Location(CslItem item, BibliographyLocale locale) => Segment.Group(
        " ",
        Segment.Text(ApaDates.Retrieved(item, locale)),
        Segment.Link(item.Url),
        Segment.Link(item.ArchivedUrl).Around(locale.Words.ArchivedCopy, "url"));

    private enum ApaLead
    {
        Authors,
        Publisher,
        Title,
    }
}
