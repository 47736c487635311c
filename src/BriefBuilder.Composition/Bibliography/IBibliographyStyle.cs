using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Bibliography;

/// <summary>A reference style in one language: formats bibliography entries and the in-text citations that link to them.</summary>
internal interface IBibliographyStyle
{
    CitationStyle Style { get; }

    /// <summary>The bibliography entry; <paramref name="disambiguation"/> comes from <see cref="ReferenceList.Build(IEnumerable{BriefBuilder.Records.Source}, CitationStyle, Localization.BriefLanguage)"/>.</summary>
    FormattedEntry Format(Source source, Disambiguation disambiguation);

    /// <summary>The author-date citation, "(Bagheri 2023a)" or "(Bagheri, 2023a)".</summary>
    FormattedEntry InTextCitation(Source source, Disambiguation disambiguation);

    /// <summary>The entry of a source cited alone, with nothing to tell apart.</summary>
    FormattedEntry Format(Source source) => Format(source, Disambiguation.None);

    /// <summary>The citation of a source cited alone; in a brief, take <see cref="BibliographyEntry.Citation"/>, which carries the letters.</summary>
    FormattedEntry InTextCitation(Source source) => InTextCitation(source, Disambiguation.None);
}
