using System.CommandLine;
using BriefBuilder.Cli.Building;
using BriefBuilder.Cli.Limits;
using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout;

namespace BriefBuilder.Cli.Commands;

/// <summary>`briefbuilder build-all`: every template for every workbook in sources/, into out/&lt;workbook&gt;/&lt;template&gt;.pdf,
/// several at once (`--jobs`), each workbook read and reported once.</summary>
public static class BuildAllCommand
{
    public static Command Create(CliOutput output)
    {
        var sources = new Option<string>("--sources") { Description = "The folder of workbooks.", DefaultValueFactory = _ => "sources" };
        var outDir = OutOption.Create("The folder to write into.", "out");
        var options = new BriefOptionsBinding();
        var limits = new LimitOption();
        var report = new ReportOptions();
        var jobs = new JobsOption();
        var command = new Command("build-all", "Build every template for every workbook in a folder.") { sources, outDir };
        options.AddTo(command);
        limits.AddTo(command);
        report.AddTo(command);
        jobs.AddTo(command);
        command.SetAction(parsed =>
        {
            var (reporter, inputLimits) = report.Start(parsed, output, "build-all", limits);
            if (inputLimits is null)
            {
                return reporter.Finish(ExitCode.UsageError);
            }

            var (briefOptions, error) = options.Read(parsed);
            var (parallel, jobsError) = jobs.Read(parsed);
            var folder = parsed.GetValue(sources)!;
            var outFolder = parsed.GetValue(outDir)!;
            error ??= jobsError ?? OutputPaths.CheckFolder(outFolder) ?? (Directory.Exists(folder) ? null : $"--sources: no folder '{folder}'");
            if (briefOptions is null || error is not null)
            {
                return reporter.Finish(reporter.Refuse(error!));
            }

            var catalog = TemplateCatalog.Locate() with { Limits = inputLimits.Template };
            var workbooks = Directory.EnumerateFiles(folder, "*.xlsx")
                .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(workbook => (Workbook: workbook, Out: OutputPaths.ForWorkbook(outFolder, workbook)))
                .ToList();
            foreach (var (_, (_, unusable)) in workbooks.Where(w => w.Out.Error is not null))
            {
                reporter.Refuse(unusable!);
            }

            var all = workbooks
                .Where(w => w.Out.Folder is not null)
                .SelectMany(w => catalog.Names.Select(template =>
                    BriefJob.Within(inputLimits, w.Workbook, template, briefOptions, w.Out.Folder!, PdfFormat.Default)))
                .ToList();
            if (all.Count == 0)
            {
                return reporter.Finish(reporter.Refuse($"no workbooks in '{folder}' or no templates in '{catalog.LocalDirectory ?? catalog.Directory}'"));
            }

            TemplateChoice.NoteReplacements(catalog, catalog.Names, reporter);
            var exit = BuildReport.Run(all, catalog, reporter, parallel);
            return reporter.Finish(workbooks.Exists(w => w.Out.Error is not null) ? BuildReport.Worse(exit, ExitCode.UsageError) : exit);
        });
        return command;
    }
}
