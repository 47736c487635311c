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
}
