using BriefBuilder.Cli.Building.Progress;
using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Building;

/// <summary>Runs build jobs and reports each: its diagnostics as they are found, then the file written and its pages.</summary>
public static class BuildReport
{
    /// <summary>Runs the jobs, up to <paramref name="parallel"/> at a time, reading each workbook once whatever the number
    /// of templates; results are reported in the jobs' order. Every brief depends only on its inputs, so its bytes do not
    /// depend on how many ran beside it.</summary>
    public static ExitCode Run(IReadOnlyList<BriefJob> jobs, TemplateCatalog templates, Reporter reporter, int parallel = 1)
    {
        var progress = BuildProgress.For(reporter);
        // While the workbook is read, the other core parses the templates and reads the words of their languages, and the
        // installed fonts are scanned (from the start of the process when the command line began it): in a small brief
        // those first uses take as long as the reading.
        var loaded = jobs.DistinctBy(job => (job.Template, job.Options.Language)).ToDictionary(
            job => (job.Template, job.Options.Language),
            job => new Lazy<TemplateResult>(() => ReadAhead(job, templates)));
        // The words of the briefs' languages are read beside their templates rather than after them.
        _ = Task.Run(() =>
        {
            foreach (var options in jobs.Select(job => job.Options).DistinctBy(options => options.Language))
            {
                BriefPdf.ReadLanguageAhead(options);
            }
        });
        _ = Task.Run(() =>
        {
            foreach (var template in loaded.Values)
            {
                _ = template.Value;
            }

            TextWidths.ScanInstalledFontsAhead();
        });
        var workbooks = jobs.DistinctBy(job => job.Workbook).ToDictionary(
            job => job.Workbook,
            job => new Lazy<(WorkbookReadResult Read, byte[]? Bytes)>(() => Read(job, reporter, progress)));
        BriefJobResult Build(BriefJob job)
        {
            var result = job.Run(BuildSources.With(workbooks[job.Workbook].Value, loaded[(job.Template, job.Options.Language)].Value), stage => progress.Stage(job, stage), page => progress.PageWritten(job, page));
            reporter.Diagnose(result.Diagnostics);
            progress.Done(result);
            return result;
        }

        // One brief at a time runs on this thread: the parallel query's machinery cost a plain `build` its first use
        // (49 methods compiled) and a hand-off to the pool.
        IEnumerable<BriefJobResult> results = jobs.Count > 1 && parallel > 1
            ? jobs.AsParallel().AsOrdered().WithDegreeOfParallelism(parallel).Select(Build)
            : jobs.Select(Build);
        return progress.Around(jobs, () => Report(results, jobs.Count, reporter));
    }

    /// <summary>Reports results in the order given, then how many briefs were built.</summary>
    public static ExitCode Report(IEnumerable<BriefJobResult> results, int count, Reporter reporter)
    {
        var exit = ExitCode.Ok;
        var written = 0;
        foreach (var result in results)
        {
            reporter.Diagnose(result.Diagnostics);
            if (result.Written)
            {
                written++;
                reporter.Wrote(result.Job.OutputPath, result.Bytes, result.Pages);
            }
            else
            {
                exit = Worse(exit, result.Exit);
            }
        }

        reporter.Result($"Built {written} of {DiagnosticRenderer.Count(count, "brief")}.");
        return exit;
    }

    /// <summary>The graver of two exit codes: output that cannot be written, then usage, then input errors.</summary>
    public static ExitCode Worse(ExitCode a, ExitCode b) => (ExitCode)Math.Max((int)a, (int)b);

    private static TemplateResult ReadAhead(BriefJob job, TemplateCatalog templates)
    {
        var loaded = templates.Load(job.Template);
        if (loaded.Template is { } template)
        {
            BriefPdf.ReadAhead(template, job.Options);
        }

        return loaded;
    }

    private static (WorkbookReadResult Read, byte[]? Bytes) Read(BriefJob job, Reporter reporter, BuildProgress progress)
    {
        progress.Stage(job, BuildProgress.Reading);
        var read = WorkbookReader.ReadWithBytes(job.Workbook, job.ReadLimits);
        reporter.Input(job.Workbook, !read.Result.IsUnreadable);
        reporter.Diagnose(read.Result.Diagnostics);
        return read;
    }
}
