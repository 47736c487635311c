using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Cli.Commands;

/// <summary>Template names given on the command line, checked before anything is read: a name that is no template is a
/// usage error naming the templates there are, with the nearest one.</summary>
public static class TemplateChoice
{
    /// <summary>What is wrong with the names (null when each is a template or a path, which the loader reads).</summary>
    public static string? Problem(TemplateCatalog catalog, IEnumerable<string> namesOrPaths)
    {
        var known = catalog.Names;
        var unknown = namesOrPaths.FirstOrDefault(name => !TemplateCatalog.IsPath(name) && !known.Contains(name, StringComparer.Ordinal));
        return unknown is null
            ? null
            : $"--template: no template '{unknown}'; the templates are {string.Join(", ", known)}{DidYouMean.Hint(unknown, known)} (or give the path to a .yaml file)";
    }

    /// <summary>Says, for each template used, when it is the user's own in place of a shipped one of that name.</summary>
    public static void NoteReplacements(TemplateCatalog catalog, IEnumerable<string> namesOrPaths, Reporter reporter)
    {
        var used = namesOrPaths.ToHashSet(StringComparer.Ordinal);
        foreach (var entry in catalog.Entries.Where(e => e.Replaces is not null && used.Contains(e.Name)))
        {
            reporter.Note($"{Shown(entry.Path)}: note: used in place of the shipped template '{entry.Name}'");
        }
    }

    /// <summary>A template's path as the user would write it: relative to the working folder when it is inside it.</summary>
    public static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
