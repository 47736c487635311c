using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Apa;

/// <summary>
/// A title in APA 7: italic for a work that stands alone, plain for a part of a periodical or a site section
/// (APA 9.19); capitalised as the curator wrote it in the list, in title case in the text (APA 6.17, 8.14).
/// </summary>
internal static class ApaTitle
{
    public static bool StandsAlone(CslItem item) =>
        item.Type is CslType.Webpage or CslType.Post or CslType.Report or CslType.Book || item.ContainerTitle is null;

    // A description of an untitled work goes in square brackets, not italicised (APA 9.22); citeproc italicises it.
    public static Segment InReference(CslItem item) =>
        item.TitleIsDescription ? Segment.Text(item.Title).Wrapped("[", "]")
        : StandsAlone(item) ? Segment.Italic(item.Title) : Segment.Text(item.Title);

    public static Segment InText(CslItem item, BibliographyLocale locale)
    {
        if (item.TitleIsDescription)
        {
            return Segment.Text(item.Title).Wrapped("[", "]");
        }

        var title = item.Type == CslType.Post ? item.Title : item.TitleCased(item.Title, locale);
        return StandsAlone(item) ? Segment.Italic(title) : Segment.Quoted(Segment.Text(title));
    }

    /// <summary>The bracketed description after a title (APA 9.21): "[Statement]", "[Interview]", "[Online post]".</summary>
    public static Segment Description(CslItem item, BibliographyLocale locale)
    {
        var description = item.Type switch
        {
            CslType.Document or CslType.Speech => item.Genre,
            CslType.Interview => locale.Words.Genres.Interview,
            CslType.Post => locale.Words.Genres.OnlinePost,
            _ => null,
        };
        return Segment.Text(description).Wrapped("[", "]");
    }
}
