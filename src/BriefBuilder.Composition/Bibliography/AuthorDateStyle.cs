using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Bibliography.Sorting;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Bibliography;

/// <summary>What the author-date styles share: both format the CSL item a source maps to, and both tell citations apart the CSL way.</summary>
internal abstract class AuthorDateStyle : IBibliographyStyle
{
    public abstract CitationStyle Style { get; }

    /// <summary>Whether a first author's initials suffice to tell two authors apart, or a given name may be spelt out.</summary>
    public abstract bool GivenNamesBeyondInitials { get; }

    public FormattedEntry Format(Source source, Disambiguation disambiguation) =>
        SegmentRenderer.Render(Reference(source.ToCslItem(), disambiguation));

    public FormattedEntry InTextCitation(Source source, Disambiguation disambiguation) =>
        SegmentRenderer.Render(Citation(source.ToCslItem(), disambiguation));

    public abstract Segment Reference(CslItem item, Disambiguation disambiguation);

    public abstract Segment Citation(CslItem item, Disambiguation disambiguation);

    /// <summary>The keys the style sorts its reference list by, most significant first.</summary>
    public abstract EntrySortKey SortKey(CslItem item);
}
