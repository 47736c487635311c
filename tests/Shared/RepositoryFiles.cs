namespace BriefBuilder.Tests.Shared;

/// <summary>Files the repository keeps for tests, and the switch that lets a run rewrite them on purpose.</summary>
internal static class RepositoryFiles
{
    /// <summary>Set BRIEFBUILDER_APPROVE=1 to write committed test files from their generators; never automatic.</summary>
    public static bool Approving => Environment.GetEnvironmentVariable("BRIEFBUILDER_APPROVE") == "1";

    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "BriefBuilder.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (with BriefBuilder.sln) is not above the test binaries");
    }
}
