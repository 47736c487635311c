using BriefBuilder.Diagnostics;

namespace BriefBuilder.Composition.Templates;

/// <summary>Finds templates by name in a templates folder (<c>handout</c> is <c>templates/handout.yaml</c>) or by path.</summary>
public sealed record TemplateCatalog(string Directory)
{
    /// <summary>How much of a template the loader takes before it stops with a message.</summary>
    public TemplateLimits Limits { get; init; } = TemplateLimits.Default;

    /// <summary>The repository's <c>templates/</c> folder, looked for upwards from the working directory, then beside the tool.</summary>
    public static TemplateCatalog Locate(string? startDirectory = null)
    {
        foreach (var start in new[] { startDirectory ?? Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "templates");
                if (System.IO.Directory.Exists(candidate) && System.IO.Directory.EnumerateFiles(candidate, "*.yaml").Any())
                {
                    return new TemplateCatalog(candidate);
                }
            }
        }

        return new TemplateCatalog(Path.Combine(AppContext.BaseDirectory, "templates"));
    }

    /// <summary>The names of the templates in the folder, sorted.</summary>
    public IReadOnlyList<string> Names => System.IO.Directory.Exists(Directory)
        ? [.. System.IO.Directory.EnumerateFiles(Directory, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)]
        : [];

    /// <summary>Whether a template is given by its file's path (a .yaml name, or a folder in it) rather than by name.</summary>
    public static bool IsPath(string nameOrPath) =>
        nameOrPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || nameOrPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        || nameOrPath.Contains('/') || nameOrPath.Contains('\\');

    /// <summary>Loads a template given by name or by a path to a .yaml file.</summary>
    public TemplateResult Load(string nameOrPath)
    {
        var path = IsPath(nameOrPath) ? nameOrPath : Path.Combine(Directory, nameOrPath + ".yaml");
        if (!File.Exists(path))
        {
            var known = Names.Count > 0 ? $"; known templates: {string.Join(", ", Names)}" : string.Empty;
            return new TemplateResult(null, [new Diagnostic(Severity.Error, new SourceLocation(path), TemplateDiagnostics.NotFoundCode, $"no template '{nameOrPath}'{known}")]);
        }

        return TemplateLoader.Load(path, Limits);
    }
}
