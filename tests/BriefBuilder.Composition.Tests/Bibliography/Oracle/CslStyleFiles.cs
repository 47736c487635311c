using BriefBuilder.Composition.Bibliography;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>The CSL style file the oracle formats with for each citation style.</summary>
internal static class CslStyleFiles
{
    public static string For(CitationStyle style) => Path.Combine(RepositoryPaths.CslFolder, style switch
    {
        CitationStyle.ChicagoAuthorDate => "chicago-author-date.csl",
        CitationStyle.Apa7 => "apa.csl",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    });
}
