using System.CommandLine;
using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Cli.Commands;

/// <summary>`briefbuilder templates`: the templates a build can name, one line each: name, paper, page budget, where it
/// comes from (shipped, or the user's templates/ folder, in place of a shipped one or not), audience and description.</summary>
public static class TemplatesCommand
{
    public static Command Create(CliOutput output)
    {
        var command = new Command("templates", "List the templates: the shipped ones and those of a templates/ folder here.");
        command.SetAction(_ => (int)Run(TemplateCatalog.Locate(), output));
        return command;
    }

    public static ExitCode Run(TemplateCatalog catalog, CliOutput output)
    {
        var rows = catalog.Entries.Select(entry =>
        {
            var template = TemplateLoader.Load(entry.Path, catalog.Limits).Template;
            var from = !entry.Local ? "shipped" : $"{TemplateChoice.Shown(entry.Path)}{(entry.Replaces is null ? string.Empty : ", in place of the shipped one")}";
            return new[]
            {
                entry.Name,
                template is null ? "(has errors: run build to see them)" : template.Paper.ToString().ToLowerInvariant(),
                template?.PageBudget is { } budget ? DiagnosticRenderer.Count(budget, "page") : "no budget",
                from,
                template?.AudienceIn() ?? "–",
                template?.Description ?? string.Empty,
            };
        }).ToList();
        string[] header = ["name", "paper", "pages", "from", "audience", "description"];
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToList();
        foreach (var row in rows.Prepend(header))
        {
            output.Out.WriteLine(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
        }

        return ExitCode.Ok;
    }
}
