using System.Security.Cryptography;
using System.Text;
using BriefBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefBuilder.Composition.Templates;

/// <summary>Reads a template file. Problems come back as diagnostics with file, line, column and key; nothing is thrown for bad input.</summary>
public static class TemplateLoader
{
    /// <summary>Reads and checks the template at this path within the default limits.</summary>
    public static TemplateResult Load(string path) => Load(path, TemplateLimits.Default);

    /// <summary>Reads and checks the template at this path. Only a regular file is read, and only up to the size limit:
    /// `--template /dev/zero` or a pipe is refused before a byte is read.</summary>
    public static TemplateResult Load(string path, TemplateLimits limits)
    {
        var (bytes, refusal) = RegularFile.Read(path, limits.FileBytes, TemplateLimits.FileBytesName, "template");
        if (bytes is null)
        {
            var code = refusal!.OverLimit ? TemplateCodes.OverLimit : TemplateCodes.NotFound;
            return new TemplateResult(null, [new Diagnostic(code, new SourceLocation(path), refusal.Message)]);
        }

        return Parse(Path.GetFileNameWithoutExtension(path), path, bytes, limits);
    }

    /// <summary>Reads a template from its bytes; <paramref name="file"/> names it in diagnostics.</summary>
    public static TemplateResult Parse(string name, string file, byte[] bytes, TemplateLimits? limits = null)
    {
        limits ??= TemplateLimits.Default;
        var bag = new DiagnosticBag();
        var report = new TemplateDiagnostics(file, bag);
        var root = ParseYaml(new UTF8Encoding(false).GetString(bytes), report, limits);
        if (root is null)
        {
            return new TemplateResult(null, bag.Items);
        }

        var template = new BriefTemplate
        {
            Name = name,
            File = file,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Bytes = bytes,
        };
        if (root is not YamlMappingNode mapping)
        {
            report.BadValue(root, "(top)", "a template is a mapping of keys such as page, fonts and sections");
            return new TemplateResult(null, bag.Items);
        }

        template = TemplateReader.Read(new YamlMapping(mapping, string.Empty, report), template);
        if (template.Sections.Count == 0 && !bag.HasErrors)
        {
            report.BadValue(root, "sections", "a template needs at least one section");
        }

        TemplateChecks.Run(template, mapping, report, limits);

        return new TemplateResult(bag.HasErrors ? null : template, bag.Items);
    }

    private static YamlNode? ParseYaml(string text, TemplateDiagnostics report, TemplateLimits limits)
    {
        var parser = new LimitingParser(new Parser(new StringReader(text)), limits);
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (TemplateLimitException e)
        {
            report.OverLimit(e.Mark, e.Message);
            return null;
        }
        catch (YamlException e)
        {
            report.Syntax(e.Start, Unprefixed(e.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unclosed brackets; point at where parsing stopped.
            report.Syntax(parser.LastEnd, "a bracket, brace or quote is not closed");
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            report.Syntax(Mark.Empty, stream.Documents.Count == 0 ? "the file is empty" : "the file holds more than one YAML document");
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (Line...): "; the location is reported separately.
    private static string Unprefixed(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return index >= 0 ? message[(index + 3)..] : message;
    }
}

/// <summary>A loaded template, or null with the errors that stopped it; warnings may accompany a template.</summary>
public sealed record TemplateResult(BriefTemplate? Template, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Success => Template is not null;
}
