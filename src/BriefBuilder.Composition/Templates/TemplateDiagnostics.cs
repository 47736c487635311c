using BriefBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefBuilder.Composition.Templates;

/// <summary>Template problems as diagnostics pointing at file, line and column, with the key's path in the message.</summary>
internal sealed class TemplateDiagnostics(string file, DiagnosticBag bag)
{
    public string File => file;

    public SourceLocation At(Mark mark) => new(file, Line: (int)mark.Line, Column: (int)mark.Column);

    public SourceLocation At(YamlNode node) => At(node.Start);

    public void Syntax(Mark mark, string message) => bag.Report(At(mark), TemplateCodes.Syntax, $"not valid YAML: {message}");

    public void UnknownKey(YamlNode key, string path, IEnumerable<string> expected) =>
        bag.Report(At(key), TemplateCodes.UnknownKey, $"unknown key '{path}'; expected one of: {string.Join(", ", expected)}");

    public void OverLimit(Mark mark, string message) => bag.Report(At(mark), TemplateCodes.OverLimit, message);

    public void BadValue(YamlNode value, string path, string expectation) =>
        bag.Report(At(value), TemplateCodes.BadValue, $"bad value for '{path}': {expectation}");
}
