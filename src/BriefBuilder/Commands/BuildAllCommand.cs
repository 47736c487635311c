using System.CommandLine;
using BriefBuilder.Cli.Building;
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
        var command = new Command("build-all", "Build every template for every workbook in a folder.") { sources, outDir };
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var (briefOptions, error) = options.Read(parsed);
            var folder = parsed.GetValue(sources)!;
            if (briefOptions is null || !Directory.Exists(folder))
            {
                output.Error.WriteLine($"briefbuilder build-all: {error ?? $"no folder '{folder}'"}");
                return (int)ExitCode.UsageError;
            }

            var catalog = TemplateCatalog.Locate();
            var workbooks = Directory.EnumerateFiles(folder, "*.xlsx")
                .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
            var jobs = workbooks
                .SelectMany(workbook => catalog.Names.Select(template => new BriefJob(
                    workbook,
                    template,
                    briefOptions,
                    Path.Combine(parsed.GetValue(outDir)!, Path.GetFileNameWithoutExtension(workbook)),
                    PdfFormat.Default)))
                .ToList();
            if (jobs.Count == 0)
            {
                output.Error.WriteLine($"briefbuilder build-all: no workbooks in '{folder}' or no templates in '{catalog.Directory}'");
                return (int)ExitCode.UsageError;
            }

            return (int)BuildReport.Run(jobs, catalog, output);
        });
        return command;
    }
}
