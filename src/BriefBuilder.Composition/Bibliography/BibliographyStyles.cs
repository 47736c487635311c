using BriefBuilder.Composition.Bibliography.Apa;
using BriefBuilder.Composition.Bibliography.Chicago;
using BriefBuilder.Composition.Bibliography.Text;
using BriefBuilder.Composition.Localization;

namespace BriefBuilder.Composition.Bibliography;

/// <summary>The formatter for each citation style, writing in the brief's language.</summary>
internal static class BibliographyStyles
{
    /// <summary>The style's formatter in <paramref name="language"/>, English when none is given.</summary>
    public static IBibliographyStyle For(CitationStyle style, BriefLanguage? language = null) =>
        Resolve(style, new BibliographyLocale(language ?? BriefLanguage.English));

    internal static AuthorDateStyle Resolve(CitationStyle style, BibliographyLocale locale) => style switch
    {
        CitationStyle.ChicagoAuthorDate => new ChicagoStyle(locale),
        CitationStyle.Apa7 => new ApaStyle(locale),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };
}
