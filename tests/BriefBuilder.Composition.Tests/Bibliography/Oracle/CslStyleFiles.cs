using BriefBuilder.Composition.Bibliography;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>The CSL style file the oracle formats with for each citation style.</summary>
internal static class CslStyleFiles
{
    public static string Name(CitationStyle style) => style switch
    {
        CitationStyle.ChicagoAuthorDate => "chicago-author-date.csl",
        CitationStyle.Apa7 => "apa.csl",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    /// <summary>The style's file in the folder of CSL styles; only the recorder reads it.</summary>
    public static string PathOf(CitationStyle style) => Path.Combine(RepositoryPaths.CslFolder, Name(style));
}
