using System.CommandLine;
using BriefBuilder.Cli.Building;
using BriefBuilder.Cli.Limits;
using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout;

namespace BriefBuilder.Cli.Commands;

/// <summary>`briefbuilder build WORKBOOK --template NAME [--out DIR]`: writes one brief as DIR/NAME.pdf, or a dated series
/// (several `--as-of` dates, or `--every month --from --to`) as DIR/snapshots/YYYY-MM-DD.pdf.</summary>
public static class BuildCommand
{
    public static Command Create(CliOutput output)
    {
        var workbook = new Argument<string>("workbook") { Description = "The dossier workbook (.xlsx)." };
        var template = new Option<string>("--template", "-t") { Description = "A template name from templates/ or a path to a .yaml file.", Required = true };
        var outDir = new Option<string?>("--out", "-o") { Description = "The folder to write into; default out/<workbook>." };
        var options = new BriefOptionsBinding();
        var series = new SeriesBinding();
        var limits = new LimitOption();
        var command = new Command("build", "Build one brief from a workbook and a template, or a dated series of snapshots.") { workbook, template, outDir };
        options.AddTo(command);
        series.AddTo(command);
        limits.AddTo(command);
        command.SetAction(parsed =>
        {
            var (briefOptions, asOfDates, error) = options.ReadAll(parsed);
            var (dates, seriesError) = briefOptions is null ? (null, null) : series.Read(parsed, asOfDates);
            var (inputLimits, limitError) = limits.Read(parsed);
            var path = parsed.GetValue(workbook)!;
            var (folder, folderError) = parsed.GetValue(outDir) is { } given
                ? (given, OutputPaths.CheckFolder(given))
                : OutputPaths.ForWorkbook("out", path);
            if (briefOptions is null || seriesError is not null || inputLimits is null || folder is null || folderError is not null)
            {
                output.Error.WriteLine($"briefbuilder build: {error ?? seriesError ?? limitError ?? folderError}");
                return (int)ExitCode.UsageError;
            }

            var name = parsed.GetValue(template)!;
            var catalog = TemplateCatalog.Locate() with { Limits = inputLimits.Template };
            var limitedOutput = output with { DiagnosticsPerCode = inputLimits.DiagnosticsPerCode };
            if (dates is not null)
            {
                var jobs = SnapshotSeries.Jobs(path, name, briefOptions with { Limits = inputLimits.Layout }, folder, dates)
                    .Select(job => job with { ReadLimits = inputLimits.Read })
                    .ToList();
                return (int)BuildReport.Report(SnapshotSeries.Run(jobs, catalog), jobs.Count, limitedOutput);
            }

            var single = BriefJob.Within(inputLimits, path, name, briefOptions, folder, PdfFormat.Default);
            return (int)BuildReport.Run([single], catalog, limitedOutput);
        });
        return command;
    }
}
