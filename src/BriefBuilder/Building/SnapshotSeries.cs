using System.Globalization;
using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout;

namespace BriefBuilder.Cli.Building;

/// <summary>A dated series: one snapshot per as-of date into FOLDER/snapshots/YYYY-MM-DD.pdf, built in parallel from one
/// reading of the workbook and template. Each build depends only on its inputs, so every file has the bytes the same
/// date gives when built alone.</summary>
public static class SnapshotSeries
{
    public static IReadOnlyList<BriefJob> Jobs(string workbook, string template, BriefOptions options, string folder, IReadOnlyList<DateOnly> dates) =>
    [
        .. dates.Select(date => new BriefJob(
            workbook,
            template,
            options with { AsOf = date },
            Path.Combine(folder, "snapshots"),
            PdfFormat.Default,
            date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
    ];

    /// <summary>Builds the jobs (all of one workbook and template) in parallel; results come back in the jobs' order.</summary>
    public static IReadOnlyList<BriefJobResult> Run(IReadOnlyList<BriefJob> jobs, TemplateCatalog templates, Reporter reporter)
    {
        if (jobs.Count == 0)
        {
            return [];
        }

        // Inputs that stop one date stop them all: reported once, not once per date.
        var sources = BuildSources.Load(jobs[0].Workbook, jobs[0].Template, templates, jobs[0].ReadLimits);
        reporter.Input(sources.Workbook, !sources.Read.IsUnreadable);
        reporter.Diagnose(sources.Diagnostics);
        if (sources.Read.Dossier is null || sources.Template.Template is null)
        {
            return [jobs[0].Run(sources)];
        }

        return [.. jobs.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(job => job.Run(sources))];
    }
}
