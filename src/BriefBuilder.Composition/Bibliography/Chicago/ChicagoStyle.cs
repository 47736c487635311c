using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Bibliography.Sorting;

namespace BriefBuilder.Composition.Bibliography.Chicago;

/// <summary>The Chicago Manual of Style, 18th edition, author-date system.</summary>
internal sealed class ChicagoStyle : AuthorDateStyle
{
    public static ChicagoStyle Instance { get; } = new();

    public override CitationStyle Style => CitationStyle.ChicagoAuthorDate;

    // The CSL style's givenname-disambiguation-rule is "primary-name": a full given name when initials are not enough.
    public override bool GivenNamesBeyondInitials => true;

    public override Segment Reference(CslItem item, Disambiguation disambiguation) => ChicagoReference.Build(item, disambiguation);

    public override Segment Citation(CslItem item, Disambiguation disambiguation) => ChicagoCitation.Build(item, disambiguation);

    public override EntrySortKey SortKey(CslItem item) => ChicagoSortKey.Of(item);
}
