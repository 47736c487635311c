using YamlDotNet.RepresentationModel;

namespace BriefBuilder.Composition.Templates;

/// <summary>Reads a template's <c>sections</c> list: each item a section name, or a name with a mapping of options.</summary>
internal static class SectionReader
{
    private static readonly Dictionary<string, Func<YamlMapping?, SectionSpec>> Readers = new()
    {
        ["cover"] = ReadCover,
        ["summary"] = ReadSummary,
        ["monthly-chart"] = m => Finish(m, new MonthlyChartSpec()),
        ["timeline"] = ReadTimeline,
        ["stance-tables"] = ReadStanceTables,
        ["whos-who"] = ReadWhosWho,
        ["bibliography"] = ReadBibliography,
        ["provenance"] = m => Finish(m, new ProvenanceSpec()),
        ["new-since"] = m => Finish(m, new NewSinceSpec(m?.Text("snapshot"), m?.Integer("limit", 0, 1000) ?? 0)),
    };

    private static readonly Dictionary<string, StatementText> Texts = new()
    {
        ["full"] = StatementText.Full,
        ["short"] = StatementText.Short,
    };

    private static readonly Dictionary<string, TimelineList> Lists = new()
    {
        ["all"] = TimelineList.All,
        ["events"] = TimelineList.Events,
        ["none"] = TimelineList.None,
    };

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

            if (!Readers.TryGetValue(name, out var reader))
            {
                report.BadValue(nameNode, path, $"no section '{name}'; expected one of: {string.Join(", ", Readers.Keys)}");
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
            sections.Add(reader(mapping));
        }

        return sections;
    }

    private static YamlMapping? Invalid(YamlNode node, string path, TemplateDiagnostics report)
    {
        report.BadValue(node, path, "expected a mapping of the section's options");
        return null;
    }

    private static SectionSpec ReadCover(YamlMapping? m)
    {
        var spec = new CoverSpec();
        return m is null ? spec : Finish(m, spec with
        {
            KeyFigures = m.Bool("key-figures") ?? spec.KeyFigures,
            Disclaimer = m.Bool("disclaimer") ?? spec.Disclaimer,
            Audience = m.Text("audience"),
        });
    }

    private static SectionSpec ReadSummary(YamlMapping? m)
    {
        var spec = new SummarySpec();
        return m is null ? spec : Finish(m, spec with
        {
            Chart = m.Bool("chart") ?? spec.Chart,
            Recent = m.Integer("recent", 0, 50) ?? spec.Recent,
        });
    }

    private static SectionSpec ReadTimeline(YamlMapping? m)
    {
        var spec = new TimelineSpec();
        return m is null ? spec : Finish(m, spec with
        {
            Graphic = m.Bool("graphic") ?? spec.Graphic,
            Descriptions = m.Bool("descriptions") ?? spec.Descriptions,
            Compact = m.Bool("compact") ?? spec.Compact,
            List = m.Choice("list", Lists) ?? spec.List,
        });
    }

    private static SectionSpec ReadStanceTables(YamlMapping? m)
    {
        var spec = new StanceTablesSpec();
        RemovedKey(m, "summary-length", "statements are never cut any more: write text: short to print each statement's Short Form (a Claims column), else its full summary");
        return m is null ? spec : Finish(m, spec with
        {
            Quotes = m.Bool("quotes") ?? spec.Quotes,
            Overview = m.Bool("overview") ?? spec.Overview,
            Compact = m.Bool("compact") ?? spec.Compact,
            Columns = m.Bool("columns") ?? spec.Columns,
            Text = m.Choice("text", Texts) ?? spec.Text,
        });
    }

    private static SectionSpec ReadWhosWho(YamlMapping? m)
    {
        var spec = new WhosWhoSpec();
        return m is null ? spec : Finish(m, spec with
        {
            People = m.Bool("people") ?? spec.People,
            Institutions = m.Bool("institutions") ?? spec.Institutions,
        });
    }

    private static SectionSpec ReadBibliography(YamlMapping? m)
    {
        var spec = new BibliographySpec();
        return m is null ? spec : Finish(m, spec with
        {
            ByType = m.Bool("by-type") ?? spec.ByType,
            BackLinks = m.Bool("back-links") ?? spec.BackLinks,
        });
    }

    // A key a template may still hold from an earlier version: named with what replaced it, rather than as unknown.
    private static void RemovedKey(YamlMapping? m, string key, string why)
    {
        if (m?.Node(key) is { } node)
        {
            m.Report.BadValue(node, m.KeyPath(key), why);
        }
    }

    private static SectionSpec Finish(YamlMapping? m, SectionSpec spec)
    {
        m?.ReportUnknownKeys();
        return spec;
    }
}
