using BriefBuilder.Composition.Briefs;
using BriefBuilder.Layout.Document;
using YamlDotNet.RepresentationModel;

namespace BriefBuilder.Composition.Templates;

/// <summary>Checks on a template read whole that no single key can make: margins that leave room for text on the
/// template's paper, and font files that are font files of a size a layout can take.</summary>
internal static class TemplateChecks
{
    // A TrueType or OpenType file, or a collection of them, starts with one of these (OpenType spec, "Organization of an OpenType font").
    private static readonly byte[][] FontSignatures = [[0, 1, 0, 0], "OTTO"u8.ToArray(), "true"u8.ToArray(), "ttcf"u8.ToArray()];

    public static void Run(BriefTemplate template, YamlMappingNode root, TemplateDiagnostics report, TemplateLimits limits)
    {
        var page = new PageSetup(template.Paper, template.Orientation, template.Margins);
        if (PageRoom.RoomProblem(page) is { } cramped)
        {
            var where = Child(Child(root, "page"), "margins") ?? Child(root, "page") ?? root;
            report.BadValue(where, "page.margins", cramped);
        }

        CheckFontFiles(template, root, report, limits);
    }

    // Font paths are relative to the template's folder, as the composer resolves them.
    private static void CheckFontFiles(BriefTemplate template, YamlMappingNode root, TemplateDiagnostics report, TemplateLimits limits)
    {
        var node = Child(Child(root, "fonts"), "files");
        if (node is null || template.Fonts.Files is not { Count: > 0 } files)
        {
            return;
        }

        var items = node is YamlSequenceNode sequence ? [.. sequence.Children] : new List<YamlNode> { node };
        var folder = Path.GetDirectoryName(Path.GetFullPath(template.File)) ?? string.Empty;
        for (var i = 0; i < files.Count; i++)
        {
            var path = Path.GetFullPath(Path.Combine(folder, files[i]));
            var problem = RegularFile.Check(path, limits.FontBytes, TemplateLimits.FontBytesName, "font file")?.Message
                ?? (IsFont(path) ? null : "the file is not a TrueType or OpenType font (.ttf, .otf)");
            if (problem is not null)
            {
                report.BadValue(i < items.Count ? items[i] : node, $"fonts.files[{i}]", $"{files[i]}: {problem}");
            }
        }
    }

    private static bool IsFont(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var head = new byte[4];
            return stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && FontSignatures.Any(s => s.AsSpan().SequenceEqual(head));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static YamlNode? Child(YamlNode? mapping, string key) =>
        mapping is YamlMappingNode map && map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: { } k } && k == key) is { Key: not null } found
            ? found.Value
            : null;
}
