using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Chicago;

/// <summary>
/// What stands first in a Chicago entry: the authors, or for an unsigned work the newspaper (CMOS 14.89),
/// the site's owner or name (CMOS 14.104), or else the title. The field that leads is not repeated later;
/// <see cref="Text"/> is its plain text, what the entry sorts by.
/// </summary>
internal sealed record ChicagoLead(Segment Segment, LeadField Field, string? Text)
{
    public static ChicagoLead Of(CslItem item, BibliographyLocale locale)
    {
        if (ChicagoNames.Reference(item.Authors, locale) is { } names)
        {
            return new(Segment.Text(names), LeadField.Authors, names);
        }

        if (item.Type == CslType.ArticleNewspaper && item.ContainerTitle is not null)
        {
            return new(Segment.Italic(item.TitleCased(item.ContainerTitle, locale)), LeadField.Container, item.ContainerTitle);
        }

        if (item.Type == CslType.Webpage && item.Publisher is not null)
        {
            return new(Segment.Text(item.Publisher), LeadField.Publisher, item.Publisher);
        }

        if (item.Type == CslType.Webpage && item.ContainerTitle is not null)
        {
            return new(Segment.Text(item.TitleCased(item.ContainerTitle, locale)), LeadField.Container, item.ContainerTitle);
        }

        return item.Title is null
            ? new(Segment.None, LeadField.Nothing, null)
            : new(ChicagoTitle.Of(item, locale), LeadField.Title, item.Title);
    }
}

/// <summary>Which field of an item leads its entry.</summary>
internal enum LeadField
{
    Authors,
    Container,
    Publisher,
    Title,
    Nothing,
}
