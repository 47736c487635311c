using BriefBuilder.Diagnostics;

namespace BriefBuilder.Composition.Templates;

/// <summary>Finds templates by name (<c>handout</c> is <c>handout.yaml</c>) or by path. The shipped templates live in
/// <see cref="Directory"/>; a user's own <c>templates/</c> folder (<see cref="LocalDirectory"/>) adds to them, and one of
/// its templates named like a shipped one is used in its place.</summary>
public sealed record TemplateCatalog(string Directory)
{
    /// <summary>How much of a template the loader takes before it stops with a message.</summary>
    public TemplateLimits Limits { get; init; } = TemplateLimits.Default;

    /// <summary>The user's templates folder, whose templates come before the shipped ones; null when there is none.</summary>
    public string? LocalDirectory { get; init; }

    /// <summary>The shipped templates (beside the tool, else the first <c>templates/</c> folder above it) and the first
    /// <c>templates/</c> folder found from the working directory upwards, when it is another folder.</summary>
    public static TemplateCatalog Locate(string? startDirectory = null)
    {
        var shipped = FolderAbove(AppContext.BaseDirectory) ?? Path.Combine(AppContext.BaseDirectory, "templates");
        var local = FolderAbove(startDirectory ?? Environment.CurrentDirectory);
        var same = local is not null && string.Equals(Path.GetFullPath(local), Path.GetFullPath(shipped), StringComparison.Ordinal);
        return new TemplateCatalog(shipped) { LocalDirectory = same ? null : local };
    }

    /// <summary>Every template there is, by name: a local one in place of a shipped one of the same name.</summary>
    public IReadOnlyList<TemplateEntry> Entries
    {
        get
        {
            var shipped = Yaml(Directory).ToDictionary(NameOf, path => path, StringComparer.Ordinal);
            var local = LocalDirectory is null ? [] : Yaml(LocalDirectory);
            var entries = local.Select(path =>
            {
                var name = NameOf(path);
                return new TemplateEntry(name, path, true, shipped.TryGetValue(name, out var replaced) && !SameBytes(path, replaced) ? replaced : null);
            }).ToList();
            // A loop, not a query over the dictionary's pairs, which ran on code the runtime compiled at every start.
            foreach (var pair in shipped)
            {
                if (!entries.Exists(e => e.Name == pair.Key))
                {
                    entries.Add(new TemplateEntry(pair.Key, pair.Value, false, null));
                }
            }

            return [.. entries.OrderBy(e => e.Name, StringComparer.Ordinal)];
        }
    }

    /// <summary>The names of the templates, sorted.</summary>
    public IReadOnlyList<string> Names => [.. Entries.Select(e => e.Name)];

    /// <summary>Whether a template is given by its file's path (a .yaml name, or a folder in it) rather than by name.</summary>
    public static bool IsPath(string nameOrPath) =>
        nameOrPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || nameOrPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        || nameOrPath.Contains('/') || nameOrPath.Contains('\\');

    /// <summary>Loads a template given by name or by a path to a .yaml file.</summary>
    public TemplateResult Load(string nameOrPath)
    {
        var path = IsPath(nameOrPath) ? nameOrPath
            : Entries.FirstOrDefault(e => e.Name == nameOrPath)?.Path ?? Path.Combine(Directory, nameOrPath + ".yaml");
        if (!File.Exists(path))
        {
            var known = Names.Count > 0 ? $"; known templates: {string.Join(", ", Names)}" : string.Empty;
            return new TemplateResult(null, [new Diagnostic(TemplateCodes.NotFound, new SourceLocation(path), $"no template '{nameOrPath}'{known}")]);
        }

        return TemplateLoader.Load(path, Limits);
    }

    private static string? FolderAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates");
            if (Yaml(candidate).Count > 0)
            {
                return candidate;
            }
        }

        return null;
    }

    private static string NameOf(string path) => Path.GetFileNameWithoutExtension(path);

    private static IReadOnlyList<string> Yaml(string folder) =>
        System.IO.Directory.Exists(folder) ? [.. System.IO.Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal)] : [];

    // A copy of a shipped template (the repository's templates/ beside its build) replaces nothing.
    private static bool SameBytes(string a, string b)
    {
        try
        {
            return File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

/// <summary>A template the catalog knows: its name, its file, whether it is the user's own, and the shipped template it
/// is used in place of (null when it replaces none, or one with the same bytes).</summary>
public sealed record TemplateEntry(string Name, string Path, bool Local, string? Replaces);
