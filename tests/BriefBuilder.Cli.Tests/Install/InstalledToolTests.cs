using System.Reflection;
using BriefBuilder.Cli.Tests.Processes;
using BriefBuilder.Tests.Shared;

namespace BriefBuilder.Cli.Tests.Install;

/// <summary>The tool as a user gets it: `dotnet pack` of the command line, `dotnet tool install` into a tool path of
/// its own, and `briefbuilder` run from a folder with no templates/ above it, so only the packed templates can serve.</summary>
public sealed class InstalledToolTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void The_packed_tool_installs_and_builds_a_brief_from_another_folder_with_its_own_templates()
    {
        var tools = Install();
        var elsewhere = Directory.CreateDirectory(_cli.File("elsewhere")).FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "workbooks", "artsakh-exodus-2023.xlsx"), Path.Combine(elsewhere, "dossier.xlsx"));

        var built = ToolProcess.Run(Path.Combine(tools, "briefbuilder"), ["build", "dossier.xlsx", "-t", "handout", "-o", "briefs"], elsewhere);

        Assert.True(built.Code == 0, built.ToString());
        var pdf = File.ReadAllBytes(Path.Combine(elsewhere, "briefs", "handout.pdf"));
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);

        // On the PATH, the tool tells the user to run `briefbuilder`; off it, the path they ran it by.
        var onPath = ToolProcess.Run(Path.Combine(tools, "briefbuilder"), ["init", "new.xlsx"], elsewhere,
            ("PATH", tools + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH")));
        Assert.Contains("then run: briefbuilder check new.xlsx", onPath.Output, StringComparison.Ordinal);
        var offPath = ToolProcess.Run(Path.Combine(tools, "briefbuilder"), ["init", "other.xlsx"], elsewhere);
        Assert.Contains($"then run: {Path.Combine(tools, "briefbuilder")} check other.xlsx", offPath.Output, StringComparison.Ordinal);
    }

    // Packs the command line for this machine's runtime (the pointer package and its ReadyToRun package, as `dotnet
    // pack` makes for every runtime), and installs it with a package cache of its own, so a package of the same version
    // cached by an earlier run is never installed in its place.
    private string Install()
    {
        var repository = RepositoryFiles.Root;
        var configuration = typeof(Program).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var packages = _cli.File("package");
        var runtime = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        var pack = ToolProcess.Run("dotnet", ["pack", Path.Combine(repository, "src", "BriefBuilder"), "-c", configuration, "-o", packages, $"-p:ToolPackageRuntimeIdentifiers={runtime}"], repository);
        Assert.True(pack.Code == 0, pack.ToString());
        Assert.Equal(["BriefBuilder.0", $"BriefBuilder.{runtime}.0"], Directory.GetFiles(packages, "BriefBuilder.*.nupkg").Select(f => Path.GetFileName(f)[..(Path.GetFileName(f).IndexOf(".0", StringComparison.Ordinal) + 2)]).Order(StringComparer.Ordinal));

        var tools = _cli.File("tools");
        var version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var install = ToolProcess.Run("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", packages, "BriefBuilder", "--version", version], _cli.Folder,
            ("NUGET_PACKAGES", _cli.File("nuget-cache")));
        Assert.True(install.Code == 0, install.ToString());
        return tools;
    }
}
