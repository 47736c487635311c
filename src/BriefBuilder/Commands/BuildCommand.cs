using System.CommandLine;
using BriefBuilder.Cli.Building;
using BriefBuilder.Cli.Limits;
using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout;

namespace BriefBuilder.Cli.Commands;

/// <summary>`briefbuilder build WORKBOOK... -t NAME... [-o PATH]`: every template for every workbook, as PATH when it ends
/// in .pdf and one brief is built, else as FOLDER/NAME.pdf; or a dated series (several `--as-of` dates, or `--every month
/// --from --to`) as FOLDER/snapshots/YYYY-MM-DD.pdf.</summary>
public static class BuildCommand
{
    public static Command Create(CliOutput output)
    {
        var workbooks = new Argument<string[]>("workbook") { Description = "The dossier workbooks (.xlsx).", Arity = ArgumentArity.OneOrMore };
        var templates = new Option<string[]>("--template", "-t")
        {
            Description = "A template name (see `templates`) or a path to a .yaml file; repeated for several.",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var outPath = OutOption.Create("The file, when it ends in .pdf and one brief is built; else the folder to write into (default out/<workbook>).");
        var options = new BriefOptionsBinding();
        var series = new SeriesBinding();
        var limits = new LimitOption();
        var report = new ReportOptions();
        var jobs = new JobsOption();
        var command = new Command("build", "Build briefs from workbooks and templates, or a dated series of snapshots.") { workbooks, templates, outPath };
        options.AddTo(command);
        series.AddTo(command);
        limits.AddTo(command);
        report.AddTo(command);
        jobs.AddTo(command);
        command.SetAction(parsed =>
        {
            var (reporter, inputLimits) = report.Start(parsed, output, "build", limits);
            if (inputLimits is null)
            {
                return reporter.Finish(ExitCode.UsageError);
            }

            var request = new BuildRequest(parsed.GetValue(workbooks) ?? [], parsed.GetValue(templates) ?? [], parsed.GetValue(outPath));
            return reporter.Finish(Run(request, parsed, options, series, jobs, inputLimits, reporter));
        });
        return command;
    }

    private static ExitCode Run(BuildRequest request, ParseResult parsed, BriefOptionsBinding options, SeriesBinding series, JobsOption jobs, InputLimits limits, Reporter reporter)
    {
        var (briefOptions, asOfDates, error) = options.ReadAll(parsed);
        var (dates, seriesError) = briefOptions is null ? (null, null) : series.Read(parsed, asOfDates);
        var (parallel, jobsError) = jobs.Read(parsed);
        var catalog = TemplateCatalog.Locate() with { Limits = limits.Template };
        error ??= seriesError ?? jobsError ?? TemplateChoice.Problem(catalog, request.Templates) ?? request.Problem(dates is not null);
        if (error is not null || briefOptions is null)
        {
            return reporter.Refuse(error!);
        }

        TemplateChoice.NoteReplacements(catalog, request.Templates, reporter);

        if (dates is not null)
        {
            var (folder, folderError) = request.Folder(request.Workbooks[0]);
            if (folder is null)
            {
                return reporter.Refuse(folderError!);
            }

            var seriesJobs = SnapshotSeries.Jobs(request.Workbooks[0], request.Templates[0], briefOptions with { Limits = limits.Layout }, folder, dates)
                .Select(job => job with { ReadLimits = limits.Read })
                .ToList();
            return BuildReport.Report(SnapshotSeries.Run(seriesJobs, catalog, reporter), seriesJobs.Count, reporter);
        }

        var all = new List<BriefJob>();
        foreach (var workbook in request.Workbooks)
        {
            var (folder, folderError) = request.Folder(workbook);
            if (folder is null)
            {
                return reporter.Refuse(folderError!);
            }

            all.AddRange(request.Templates.Select(template =>
                BriefJob.Within(limits, workbook, template, briefOptions, folder, PdfFormat.Default) with { Name = request.FileName }));
        }

        return BuildReport.Run(all, catalog, reporter, parallel);
    }
}

/// <summary>The workbooks and templates a build names and where it writes them.</summary>
internal sealed record BuildRequest(IReadOnlyList<string> Workbooks, IReadOnlyList<string> Templates, string? Out)
{
    /// <summary>The brief's file name (without .pdf) when --out names one file.</summary>
    public string? FileName => Out is not null && OutputPaths.NamesFile(Out) ? Path.GetFileNameWithoutExtension(Out) : null;

    public string? Problem(bool isSeries)
    {
        var count = Workbooks.Count * Templates.Count;
        if (isSeries && count > 1)
        {
            return "a dated series is built from one workbook and one template";
        }

        if (FileName is not null && (isSeries || count > 1))
        {
            return $"--out {Out}: names one file, but {(isSeries ? "a series" : $"{count} briefs")} would be written; give a folder";
        }

        return Out is not null && FileName is null ? OutputPaths.CheckFolder(Out) : null;
    }

    /// <summary>The folder a workbook's briefs go into: --out's own folder for one file, --out itself for one workbook,
    /// else a folder named after the workbook inside --out (default out/).</summary>
    public (string? Folder, string? Error) Folder(string workbook) => Out switch
    {
        not null when FileName is not null => (Path.GetDirectoryName(Out) ?? string.Empty, null),
        not null when Workbooks.Count == 1 => (Out, null),
        _ => OutputPaths.ForWorkbook(Out ?? "out", workbook),
    };
}
