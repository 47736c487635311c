using BriefBuilder.Composition.Bibliography.Apa;
using BriefBuilder.Composition.Bibliography.Chicago;

namespace BriefBuilder.Composition.Bibliography;

/// <summary>The formatter for each citation style.</summary>
public static class BibliographyStyles
{
    public static IBibliographyStyle For(CitationStyle style) => Resolve(style);

    internal static AuthorDateStyle Resolve(CitationStyle style) => style switch
    {
        CitationStyle.ChicagoAuthorDate => ChicagoStyle.Instance,
        CitationStyle.Apa7 => ApaStyle.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };
}
