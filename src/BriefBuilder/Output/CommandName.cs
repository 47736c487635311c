namespace BriefBuilder.Cli.Output;

/// <summary>The command the user has for this program, so a message that tells them what to run next names something
/// they can type: `briefbuilder` for the installed tool or a program on the PATH, `dotnet run --project DIR --` for a
/// build in a source tree, `dotnet PATH/briefbuilder.dll` for the library run by hand, else the program's path.</summary>
public static class CommandName
{
    /// <summary>The name tests and installed tools use.</summary>
    public const string Installed = "briefbuilder";

    /// <summary>The command for this process, judged from its executable, its entry assembly and the PATH.</summary>
    public static string OfThisProcess() =>
        Of(Environment.ProcessPath, Path.Combine(AppContext.BaseDirectory, "briefbuilder.dll"), Environment.GetEnvironmentVariable("PATH"), Environment.CurrentDirectory);

    /// <summary>The command for a process started as <paramref name="processPath"/> running <paramref name="assemblyPath"/>.</summary>
    public static string Of(string? processPath, string assemblyPath, string? pathVariable, string workingDirectory)
    {
        if (processPath is null)
        {
            return Installed;
        }

        if (Path.GetFileNameWithoutExtension(processPath) == "dotnet")
        {
            return $"dotnet {Relative(assemblyPath, workingDirectory)}";
        }

        processPath = ToolShim(Path.GetFullPath(processPath));
        var folder = Path.GetDirectoryName(processPath) ?? string.Empty;
        var onPath = (pathVariable ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(entry => SameFolder(entry, folder));
        if (onPath)
        {
            return Path.GetFileNameWithoutExtension(processPath);
        }

        return ProjectOf(folder) is { } project
            ? $"dotnet run --project {Relative(project, workingDirectory)} --"
            : Runnable(Relative(processPath, workingDirectory));
    }

    // A .NET tool for one runtime runs from TOOLS/.store/NAME/…/NAME; the user runs it as the shim TOOLS/NAME.
    private static string ToolShim(string processPath)
    {
        var parts = processPath.Split(Path.DirectorySeparatorChar);
        var store = Array.LastIndexOf(parts, ".store");
        return store > 0 ? Path.Combine(string.Join(Path.DirectorySeparatorChar, parts[..store]), Path.GetFileName(processPath)) : processPath;
    }

    // A program built from source lives in PROJECT/bin/CONFIGURATION/FRAMEWORK/; `dotnet run` is how it is run there.
    private static string? ProjectOf(string folder)
    {
        var project = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(folder)));
        return project is not null && Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(folder))) == "bin"
            && Directory.Exists(project) && Directory.EnumerateFiles(project, "*.csproj").Any()
            ? project
            : null;
    }

    private static bool SameFolder(string entry, string folder)
    {
        try
        {
            return string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(entry)), Path.TrimEndingDirectorySeparator(folder), StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // A program in the working folder is run as ./NAME: the shell looks for a bare name on the PATH only.
    private static string Runnable(string path) => path.Contains('/', StringComparison.Ordinal) ? path : "./" + path;

    private static string Relative(string path, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, path);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
        return shown.Contains(' ', StringComparison.Ordinal) ? $"'{shown}'" : shown;
    }
}
