using BriefBuilder.Tests.Shared;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>Files the oracle tests read from the repository, and the styles its recorder reads from beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root => RepositoryFiles.Root;

    /// <summary>The sample dossier whose sources the bibliography must format as citeproc does.</summary>
    public static string SampleWorkbook => Path.Combine(Root, "sources", "artsakh-exodus-2023.xlsx");

    /// <summary>The CSL styles the recorder formats with: the folder BRIEFBUILDER_CSL names, or `../shared/csl` beside
    /// the repository. The tests read the recordings instead.</summary>
    public static string CslFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("BRIEFBUILDER_CSL") is { Length: > 0 } named
                ? Path.GetFullPath(named)
                : Path.GetFullPath(Path.Combine(Root, "..", "shared", "csl"));
            if (!Directory.Exists(folder))
            {
                throw new InvalidOperationException(
                    $"The CSL styles to record the oracle with are missing: expected them in {folder} (the repository's ../shared/csl, or the folder BRIEFBUILDER_CSL names).");
            }

            return folder;
        }
    }
}
