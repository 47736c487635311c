using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Bibliography;

/// <summary>A reference style: formats bibliography entries and the in-text citations that link to them.</summary>
public interface IBibliographyStyle
{
    CitationStyle Style { get; }

    /// <summary>The bibliography entry; <paramref name="disambiguation"/> comes from <see cref="Bibliography.Build"/>.</summary>
    FormattedEntry Format(Source source, Disambiguation disambiguation);

    /// <summary>The author-date citation, "(Bagheri 2023a)" or "(Bagheri, 2023a)".</summary>
    FormattedEntry InTextCitation(Source source, Disambiguation disambiguation);

    /// <summary>The entry of a source cited alone, with nothing to tell apart.</summary>
    FormattedEntry Format(Source source) => Format(source, Disambiguation.None);
}
