using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Apa;

/// <summary>An APA 7 reference: author, date, title, source, then the URL without a closing period (APA 9.4, 9.34-9.36).</summary>
internal static class ApaReference
{
    public static Segment Build(CslItem item, Disambiguation disambiguation)
    {
        var lead = Lead(item);
        var titleLeads = lead.Field == ApaLead.Title;
        var described = item.Type is (CslType.Document or CslType.Speech) && item.ContainerTitle is not null;
        var description = described ? Segment.None : ApaTitle.Description(item);
        var body = Segment.Group(
            ". ",
            lead.Segment,
            Segment.Text(ApaDates.Full(item, disambiguation)).Wrapped("(", ")"),
            titleLeads ? description : Segment.Group(" ", TitleWithSeries(item), description),
            Source(item, lead.Field)).Suffixed(".");
        return Segment.Group(" ", body, Location(item));
    }

    private static (Segment Segment, ApaLead Field) Lead(CslItem item)
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
        return (TitleWithSeries(item), ApaLead.Title);
    }

    // A report's series follows its title in parentheses; the APA CSL style gives no series for a book.
    private static Segment TitleWithSeries(CslItem item) => Segment.Group(
        " ",
        ApaTitle.InReference(item),
        item.Type == CslType.Report ? Segment.Text(item.TitleCased(item.CollectionTitle)).Wrapped("(", ")") : Segment.None);

    private static Segment Source(CslItem item, ApaLead lead)
    {
        var publisher = Segment.Text(item.Publisher);
        var periodical = Segment.Italic(item.TitleCased(item.ContainerTitle));
        return item.Type switch
        {
            CslType.ArticleJournal or CslType.ArticleNewspaper => periodical,
            CslType.Article or CslType.Report or CslType.Book => publisher,
            CslType.Document or CslType.Speech when item.ContainerTitle is not null => Segment.Group(
                ". ",
                Segment.Group(" ", Segment.Italic(item.ContainerTitle).Prefixed("In "), ApaTitle.Description(item)),
                publisher),
            CslType.Document or CslType.Speech => publisher,
            CslType.Interview => Segment.Group(". ", periodical, publisher),
            CslType.Webpage or CslType.Post => Segment.Group(
                ". ",
                lead == ApaLead.Publisher ? Segment.None : publisher,
                Segment.Text(item.TitleCased(item.ContainerTitle))),
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.Type, null),
        };
    }

    // Divergence from the CSL style: the archived copy follows the URL (the CSL style has no variable for it).
    private static Segment Location(CslItem item) => Segment.Group(
        " ",
        Segment.Text(ApaDates.Retrieved(item)),
        Segment.Link(item.Url),
        Segment.Link(item.ArchivedUrl).Wrapped("(archived at ", ")"));

    private enum ApaLead
    {
        Authors,
        Publisher,
        Title,
    }
}
