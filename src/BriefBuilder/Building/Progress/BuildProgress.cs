using BriefBuilder.Cli.Output;

namespace BriefBuilder.Cli.Building.Progress;

/// <summary>How builds show their progress on standard error: a live display of every brief on a terminal, one line per
/// stage elsewhere (a log, a pipe, CI), nothing under --quiet or --json.</summary>
public abstract class BuildProgress
{
    /// <summary>Reading a workbook, before any of its briefs.</summary>
    public const string Reading = "reading";

    public static BuildProgress For(Reporter reporter) =>
        !reporter.Talkative ? new SilentProgress()
        : reporter.Terminal is { } terminal ? new LiveProgress(terminal, reporter)
        : new PlainProgress(reporter.Output.Error);

    /// <summary>Runs the build with the display up (a live display ends with it).</summary>
    public virtual T Around<T>(IReadOnlyList<BriefJob> jobs, Func<T> work) => work();

    /// <summary>A job reached a stage: reading, composing, laying out or writing.</summary>
    public abstract void Stage(BriefJob job, string stage);

    /// <summary>A job wrote its <paramref name="pages"/>th page (from the page-writing thread); a live display shows it,
    /// a log does not take a line per page.</summary>
    public virtual void PageWritten(BriefJob job, int pages)
    {
    }

    /// <summary>A job ended: with its pages written, or stopped.</summary>
    public abstract void Done(BriefJobResult result);

    /// <summary>`dossier.xlsx: handout.pdf`, how progress names a brief.</summary>
    protected static string Name(BriefJob job) => $"{Path.GetFileName(job.Workbook)}: {Path.GetFileName(job.OutputPath)}";

    private sealed class SilentProgress : BuildProgress
    {
        public override void Stage(BriefJob job, string stage)
        {
        }

        public override void Done(BriefJobResult result)
        {
        }
    }
}

/// <summary>One line per stage, for output that is not a terminal: `dossier.xlsx: handout.pdf: laying out`.</summary>
public sealed class PlainProgress(TextWriter error) : BuildProgress
{
    private readonly Lock _lock = new();

    public override void Stage(BriefJob job, string stage)
    {
        lock (_lock)
        {
            error.WriteLine(stage == Reading ? $"{Path.GetFileName(job.Workbook)}: {stage}" : $"{Name(job)}: {stage}");
        }
    }

    public override void Done(BriefJobResult result)
    {
    }
}
