using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Bibliography.Sorting;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Apa;

/// <summary>The Publication Manual of the American Psychological Association, 7th edition.</summary>
internal sealed class ApaStyle(BibliographyLocale locale) : AuthorDateStyle(locale)
{
    public override CitationStyle Style => CitationStyle.Apa7;

    // APA 8.20: initials tell authors with one family name apart; APA never spells out a given name in text.
    public override bool GivenNamesBeyondInitials => false;

    public override Segment Reference(CslItem item, Disambiguation disambiguation) => ApaReference.Build(item, disambiguation, Locale);

    public override Segment Citation(CslItem item, Disambiguation disambiguation) => ApaCitation.Build(item, disambiguation, Locale);

    public override EntrySortKey SortKey(CslItem item) => ApaSortKey.Of(item, Locale);
}
