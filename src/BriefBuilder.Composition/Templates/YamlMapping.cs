using System.Globalization;
using BriefBuilder.Layout.Elements;
using YamlDotNet.RepresentationModel;

namespace BriefBuilder.Composition.Templates;

/// <summary>One mapping of a template file. Each read names a key it knows, so any other key can be reported as unknown.</summary>
internal sealed class YamlMapping
{
    private readonly YamlMappingNode _node;
    private readonly TemplateDiagnostics _report;
    private readonly List<string> _known = [];

    public YamlMapping(YamlMappingNode node, string path, TemplateDiagnostics report)
    {
        _node = node;
        Path = path;
        _report = report;
    }

    /// <summary>The key path of this mapping ("page", "sections[2].summary"); empty at the top.</summary>
    public string Path { get; }

    public TemplateDiagnostics Report => _report;

    /// <summary>The node under a key, or null when the key is absent.</summary>
    public YamlNode? Node(string key)
    {
        _known.Add(key);
        foreach (var (name, value) in _node.Children)
        {
            if (name is YamlScalarNode { Value: { } text } && text == key)
            {
                return value;
            }
        }

        return null;
    }

    public string KeyPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>A non-empty scalar's text.</summary>
    public string? Text(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return text;
        }

        _report.BadValue(node, KeyPath(key), "expected a text");
        return null;
    }

    public bool? Bool(string key) => Scalar(key, "expected true or false", text =>
        text.ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => (bool?)null,
        });

    public int? Integer(string key, int min, int max) => Scalar(key, $"expected a whole number from {min} to {max}", text =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : (int?)null);

    public double? Number(string key, double min, double max) => Scalar(key, $"expected a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}", text =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : (double?)null);

    public double? Length(string key) =>
        Scalar(key, "expected a length with a unit, such as 20mm, 2cm, 0.75in or 54pt", Templates.Length.TryParse);

    public Color? Color(string key) => Scalar(key, "expected a colour as #RRGGBB", text =>
        Layout.Elements.Color.TryParseHex(text, out var color) && text.StartsWith('#') ? color : (Color?)null);

    /// <summary>One of a fixed set of words.</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices)
        where T : struct => Scalar(
            key,
            // The words are joined only for a value that is none of them: joined for every key read, they compiled an
            // enumerator of each kind of choice's words at every start (42 methods, for six kinds).
            () => $"expected one of: {string.Join(", ", choices.Keys)}",
            text => choices.TryGetValue(text, out var value) ? value : (T?)null);

    /// <summary>A text for every language ("audience: Briefing for advocates", stored under the empty key) or one per
    /// language code ("audience: { en: Briefing for advocates, fr: Note pour les militants }").</summary>
    public IReadOnlyDictionary<string, string>? TextPerLanguage(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode:
                return Text(key) is { } all ? new Dictionary<string, string> { [string.Empty] = all } : null;
            case YamlMappingNode mapping:
                var texts = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (name, value) in mapping.Children)
                {
                    var language = (name as YamlScalarNode)?.Value ?? string.Empty;
                    if (language.Length > 0 && value is YamlScalarNode { Value: { Length: > 0 } text })
                    {
                        texts[language] = text;
                    }
                    else
                    {
                        _report.BadValue(value, $"{KeyPath(key)}.{language}", "expected a language code and its text");
                    }
                }

                return texts;
            default:
                _report.BadValue(node, KeyPath(key), "expected a text, or a text per language code");
                return null;
        }
    }

    /// <summary>A list of non-empty texts; a single text is taken as a list of one.</summary>
    public IReadOnlyList<string>? TextList(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode { Value: { Length: > 0 } one }:
                return [one];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } text })
                    {
                        items.Add(text);
                    }
                    else
                    {
                        _report.BadValue(item, $"{KeyPath(key)}[{items.Count}]", "expected a text");
                    }
                }

                return items;
            default:
                _report.BadValue(node, KeyPath(key), "expected a list of texts");
                return null;
        }
    }

    /// <summary>A nested mapping, or null (reported) when the key holds something else.</summary>
    public YamlMapping? Mapping(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                return new YamlMapping(mapping, KeyPath(key), _report);
            default:
                _report.BadValue(node, KeyPath(key), "expected a mapping of keys to values");
                return null;
        }
    }

    /// <summary>Reports every key no read asked for. Call once all keys of this mapping have been read.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var (name, _) in _node.Children)
        {
            var key = (name as YamlScalarNode)?.Value ?? string.Empty;
            if (!_known.Contains(key))
            {
                _report.UnknownKey(name, KeyPath(key), _known.Distinct());
            }
        }
    }

    private T? Scalar<T>(string key, string expectation, Func<string, T?> parse)
        where T : struct => Scalar(key, () => expectation, parse);

    private T? Scalar<T>(string key, Func<string> expectation, Func<string, T?> parse)
        where T : struct
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { Length: > 0 } text } && parse(text.Trim()) is { } value)
        {
            return value;
        }

        _report.BadValue(node, KeyPath(key), $"{expectation()}; found {Describe(node)}");
        return null;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { Length: > 0 } text } => $"'{text}'",
        YamlScalarNode => "nothing",
        YamlSequenceNode => "a list",
        _ => "a mapping",
    };
}
