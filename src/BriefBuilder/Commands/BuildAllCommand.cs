using System.CommandLine;
using BriefBuilder.Cli.Building;
using BriefBuilder.Cli.Limits;
using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout;

namespace BriefBuilder.Cli.Commands;

/// <summary>`briefbuilder build-all`: every template for every workbook in sources/, into out/&lt;workbook&gt;/&lt;template&gt;.pdf.</summary>
public static class BuildAllCommand
{
    public static Command Create(CliOutput output)
    {
        var sources = new Option<string>("--sources") { Description = "The folder of workbooks.", DefaultValueFactory = _ => "sources" };
        var outDir = new Option<string>("--out", "-o") { Description = "The folder to write into.", DefaultValueFactory = _ => "out" };
        var options = new BriefOptionsBinding();
        var limits = new LimitOption();
        var command = new Command("build-all", "Build every template for every workbook in a folder.") { sources, outDir };
        options.AddTo(command);
        limits.AddTo(command);
        command.SetAction(parsed =>
        {
            var (briefOptions, error) = options.Read(parsed);
            var (inputLimits, limitError) = limits.Read(parsed);
            var folder = parsed.GetValue(sources)!;
            var outFolder = parsed.GetValue(outDir)!;
            error ??= limitError ?? OutputPaths.CheckFolder(outFolder);
            if (briefOptions is null || inputLimits is null || error is not null || !Directory.Exists(folder))
            {
                output.Error.WriteLine($"briefbuilder build-all: {error ?? $"no folder '{folder}'"}");
                return (int)ExitCode.UsageError;
            }

            var catalog = TemplateCatalog.Locate() with { Limits = inputLimits.Template };
            var workbooks = Directory.EnumerateFiles(folder, "*.xlsx")
                .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(workbook => (Workbook: workbook, Out: OutputPaths.ForWorkbook(outFolder, workbook)))
                .ToList();
            foreach (var (_, (_, unusable)) in workbooks.Where(w => w.Out.Error is not null))
            {
                output.Error.WriteLine($"briefbuilder build-all: {unusable}");
            }

            var jobs = workbooks
                .Where(w => w.Out.Folder is not null)
                .SelectMany(w => catalog.Names.Select(template =>
                    BriefJob.Within(inputLimits, w.Workbook, template, briefOptions, w.Out.Folder!, PdfFormat.Default)))
                .ToList();
            if (jobs.Count == 0)
            {
                output.Error.WriteLine($"briefbuilder build-all: no workbooks in '{folder}' or no templates in '{catalog.Directory}'");
                return (int)ExitCode.UsageError;
            }

            var exit = BuildReport.Run(jobs, catalog, output with { DiagnosticsPerCode = inputLimits.DiagnosticsPerCode });
            return (int)(workbooks.Exists(w => w.Out.Error is not null) ? ExitCode.UsageError : exit);
        });
        return command;
    }
}
