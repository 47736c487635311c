using BriefBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefBuilder.Composition.Templates;

/// <summary>Template problems as diagnostics pointing at file, line and column, with the key's path in the message.</summary>
internal sealed class TemplateDiagnostics(string file, DiagnosticBag bag)
{
    public const string SyntaxCode = "TPL001";
    public const string UnknownKeyCode = "TPL002";
    public const string BadValueCode = "TPL003";
    public const string NotFoundCode = "TPL004";
    public const string UnknownStanceCode = "TPL005";
    public const string OverLimitCode = "TPL007";

    public string File => file;

    public SourceLocation At(Mark mark) => new(file, Line: (int)mark.Line, Column: (int)mark.Column);

    public SourceLocation At(YamlNode node) => At(node.Start);

    public void Syntax(Mark mark, string message) => bag.Error(At(mark), SyntaxCode, $"not valid YAML: {message}");

    public void UnknownKey(YamlNode key, string path, IEnumerable<string> expected) =>
        bag.Error(At(key), UnknownKeyCode, $"unknown key '{path}'; expected one of: {string.Join(", ", expected)}");

    public void OverLimit(Mark mark, string message) => bag.Error(At(mark), OverLimitCode, message);

    public void BadValue(YamlNode value, string path, string expectation) =>
        bag.Error(At(value), BadValueCode, $"bad value for '{path}': {expectation}");
}
