using BriefBuilder.Composition.Bibliography;
namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>The CSL style files the oracle formats with, in the shared folder beside the repository (`../shared/csl`).</summary>
internal static class CslStyleFiles
{
    public static string For(CitationStyle style) => Path.Combine(Folder, style switch
    {
        CitationStyle.ChicagoAuthorDate => "chicago-author-date.csl",
        CitationStyle.Apa7 => "apa.csl",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    });

    private static string Folder
    {
        get
        {
            var root = RepositoryRoot();
            var folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "csl"));
            if (!Directory.Exists(folder))
            {
                throw new InvalidOperationException(
                    $"The CSL styles for the pandoc oracle are missing: expected them in {folder} (the repository's ../shared/csl).");
            }

            return folder;
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefBuilder.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No BriefBuilder.sln above {AppContext.BaseDirectory}.");
    }
}
