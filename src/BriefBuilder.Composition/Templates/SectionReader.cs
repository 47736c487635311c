using BriefBuilder.Composition.Sections;
using YamlDotNet.RepresentationModel;

namespace BriefBuilder.Composition.Templates;

/// <summary>Reads a template's <c>sections</c> list: each item a section name, or a name with a mapping of options.</summary>
internal static class SectionReader
{
    public static IReadOnlyList<SectionSpec> Read(YamlNode? node, TemplateDiagnostics report)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            report.BadValue(node, "sections", "expected a list of section names");
            return [];
        }

        var sections = new List<SectionSpec>();
        for (var index = 0; index < sequence.Children.Count; index++)
        {
            var item = sequence.Children[index];
            var path = $"sections[{index}]";
            var (nameNode, options) = item switch
            {
                YamlScalarNode scalar => (scalar, null),
                YamlMappingNode { Children.Count: 1 } single => (single.Children[0].Key as YamlScalarNode, single.Children[0].Value),
                _ => (null, null),
            };

            if (nameNode?.Value is not { Length: > 0 } name)
            {
                report.BadValue(item, path, "expected a section name, or a section name followed by its options");
                continue;
            }

            if (SectionCatalog.Find(name) is not { } kind)
            {
                report.BadValue(nameNode, path, $"no section '{name}'; expected one of: {string.Join(", ", SectionCatalog.Kinds.Select(k => k.Name))}");
                continue;
            }

            if (sections.Any(s => s.Kind == name))
            {
                report.BadValue(nameNode, path, $"the section '{name}' is already listed");
                continue;
            }

            var mapping = options switch
            {
                null => null,
                YamlMappingNode map => new YamlMapping(map, $"{path}.{name}", report),
                YamlScalarNode { Value: null or "" } => null,
                _ => Invalid(options, $"{path}.{name}", report),
            };
            sections.Add(kind.Read(mapping));
        }

        return sections;
    }

    private static YamlMapping? Invalid(YamlNode node, string path, TemplateDiagnostics report)
    {
        report.BadValue(node, path, "expected a mapping of the section's options");
        return null;
    }
}
