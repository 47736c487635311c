using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Chicago;

/// <summary>A Chicago author-date citation: "(Bagheri 2023)", "(Reuters 2023)", "(“About Us,” n.d.)".</summary>
internal static class ChicagoCitation
{
    public static Segment Build(CslItem item, Disambiguation disambiguation, BibliographyLocale locale)
    {
        var names = ChicagoNames.Citation(item.Authors, disambiguation, locale) is { } authors
            ? Segment.Text(authors)
            : ChicagoLead.Of(item, locale).Segment;
        var year = ChicagoDates.Year(item.Issued, disambiguation, locale);

        // "n.d." follows a comma, a year follows the name directly, as the CSL style writes them.
        var delimiter = item.Issued is null ? ", " : " ";
        return Segment.Group(delimiter, names, Segment.Text(year)).Affixed("(", ")");
    }
}
