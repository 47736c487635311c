using System.CommandLine;
using BriefBuilder.Cli.Building;
using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout;

namespace BriefBuilder.Cli.Commands;

/// <summary>`briefbuilder build WORKBOOK --template NAME [--out DIR]`: writes one brief as DIR/NAME.pdf.</summary>
public static class BuildCommand
{
    public static Command Create(CliOutput output)
    {
        var workbook = new Argument<string>("workbook") { Description = "The dossier workbook (.xlsx)." };
        var template = new Option<string>("--template", "-t") { Description = "A template name from templates/ or a path to a .yaml file.", Required = true };
        var outDir = new Option<string?>("--out", "-o") { Description = "The folder to write into; default out/<workbook>." };
        var options = new BriefOptionsBinding();
        var command = new Command("build", "Build one brief from a workbook and a template.") { workbook, template, outDir };
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var (briefOptions, error) = options.Read(parsed);
            if (briefOptions is null)
            {
                output.Error.WriteLine($"briefbuilder build: {error}");
                return (int)ExitCode.UsageError;
            }

            var path = parsed.GetValue(workbook)!;
            var name = parsed.GetValue(template)!;
            var folder = parsed.GetValue(outDir) ?? Path.Combine("out", Path.GetFileNameWithoutExtension(path));
            var job = new BriefJob(path, name, briefOptions, folder, PdfFormat.Default);
            return (int)BuildReport.Run([job], TemplateCatalog.Locate(), output);
        });
        return command;
    }
}
