using System.CommandLine;
using BriefBuilder.Cli.Building;
using BriefBuilder.Cli.Limits;
using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Templates;

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
        var limits = new LimitOption();
        var command = new Command("build", "Build one brief from a workbook and a template.") { workbook, template, outDir };
        options.AddTo(command);
        limits.AddTo(command);
        command.SetAction(parsed =>
        {
            var (briefOptions, error) = options.Read(parsed);
            var (inputLimits, limitError) = limits.Read(parsed);
            var path = parsed.GetValue(workbook)!;
            var name = parsed.GetValue(template)!;
            var (folder, folderError) = parsed.GetValue(outDir) is { } given
                ? (given, OutputPaths.CheckFolder(given))
                : OutputPaths.ForWorkbook("out", path);
            if (briefOptions is null || inputLimits is null || folder is null || folderError is not null)
            {
                output.Error.WriteLine($"briefbuilder build: {error ?? limitError ?? folderError}");
                return (int)ExitCode.UsageError;
            }

            var job = BriefJob.With(path, name, briefOptions, Path.Combine(folder, Path.GetFileNameWithoutExtension(name) + ".pdf"), inputLimits);
            return (int)BuildReport.Run([job], TemplateCatalog.Locate() with { Limits = inputLimits.Template }, output with { DiagnosticsPerCode = inputLimits.DiagnosticsPerCode });
        });
        return command;
    }
}
