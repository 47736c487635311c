using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Bibliography.Sorting;
using BriefBuilder.Composition.Bibliography.Text;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Bibliography;

/// <summary>
/// What the author-date styles share: both format the CSL item a source maps to, in the words of one language,
/// and both tell citations apart the CSL way.
/// </summary>
internal abstract class AuthorDateStyle(BibliographyLocale locale) : IBibliographyStyle
{
    public abstract CitationStyle Style { get; }

    /// <summary>The language's words, dates and quotation marks the entries are written with.</summary>
    public BibliographyLocale Locale { get; } = locale;

    /// <summary>Whether a first author's initials suffice to tell two authors apart, or a given name may be spelt out.</summary>
    public abstract bool GivenNamesBeyondInitials { get; }

    public FormattedEntry Format(Source source, Disambiguation disambiguation) =>
        Render(Reference(Item(source), disambiguation));

    public FormattedEntry InTextCitation(Source source, Disambiguation disambiguation) =>
        Render(Citation(Item(source), disambiguation));

    /// <summary>The CSL item of a source as this language writes it (genres, decades).</summary>
    public CslItem Item(Source source) => source.ToCslItem(Locale);

    public FormattedEntry Render(Segment segment) => SegmentRenderer.Render(segment, Locale);

    public abstract Segment Reference(CslItem item, Disambiguation disambiguation);

    public abstract Segment Citation(CslItem item, Disambiguation disambiguation);

    /// <summary>The keys the style sorts its reference list by, most significant first.</summary>
    public abstract EntrySortKey SortKey(CslItem item);
}
