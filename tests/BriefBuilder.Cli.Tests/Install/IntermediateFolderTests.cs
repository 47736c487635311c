using BriefBuilder.Cli.Tests.Processes;
using BriefBuilder.Tests.Shared;

namespace BriefBuilder.Cli.Tests.Install;

/// <summary>The self-contained publish (a composite ReadyToRun image whose assemblies are stubs of it) and the tool's
/// pack (each assembly compiled on its own) must not share their ReadyToRun output: when they did, a pack after a
/// publish packed the stubs, and the installed tool aborted at start.</summary>
public sealed class IntermediateFolderTests
{
    [Fact]
    public void A_self_contained_build_and_the_tool_packs_build_compile_into_different_folders()
    {
        var project = Path.Combine(RepositoryFiles.Root, "src", "BriefBuilder");
        var runtime = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;

        var selfContained = IntermediateFolder(project, runtime, selfContained: true);
        var framework = IntermediateFolder(project, runtime, selfContained: false);

        Assert.Contains(runtime, selfContained, StringComparison.Ordinal);
        Assert.Contains(runtime, framework, StringComparison.Ordinal);
        Assert.NotEqual(selfContained, framework);
    }

    private static string IntermediateFolder(string project, string runtime, bool selfContained)
    {
        var result = ToolProcess.Run("dotnet", ["msbuild", project, "-getProperty:IntermediateOutputPath", "-p:Configuration=Release",
            $"-p:RuntimeIdentifier={runtime}", $"-p:SelfContained={selfContained.ToString().ToLowerInvariant()}"], project);
        Assert.True(result.Code == 0, result.ToString());
        return result.Output.Trim().Replace('\\', '/');
    }
}
