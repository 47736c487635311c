using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Bibliography.Sorting;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Chicago;

/// <summary>The Chicago Manual of Style, 18th edition, author-date system.</summary>
internal sealed class ChicagoStyle(BibliographyLocale locale) : AuthorDateStyle(locale)
{
    public override CitationStyle Style => CitationStyle.ChicagoAuthorDate;

    // The CSL style's givenname-disambiguation-rule is "primary-name": a full given name when initials are not enough.
    public override bool GivenNamesBeyondInitials => true;

    public override Segment Reference(CslItem item, Disambiguation disambiguation) => ChicagoReference.Build(item, disambiguation, Locale);

    public override Segment Citation(CslItem item, Disambiguation disambiguation) => ChicagoCitation.Build(item, disambiguation, Locale);

    public override EntrySortKey SortKey(CslItem item) => ChicagoSortKey.Of(item, Locale);
}
