using BriefBuilder.Cli.Output;
using Spectre.Console;

namespace BriefBuilder.Cli.Building.Progress;

/// <summary>A live display on a terminal: one row per brief with its stage (and the pages written so far) and a bar through
/// the stages, redrawn as they change; diagnostics found meanwhile are printed above it.</summary>
public sealed class LiveProgress(IAnsiConsole terminal, Reporter reporter) : BuildProgress
{
    private static readonly string[] Stages = [Reading, "composing", "laying out", "writing"];

    private readonly Dictionary<BriefJob, ProgressTask> _tasks = [];
    private readonly Lock _lock = new();

    public override T Around<T>(IReadOnlyList<BriefJob> jobs, Func<T> work)
    {
        // Result lines wait until the display has drawn its last frame.
        reporter.Live = true;
        try
        {
            return terminal.Progress()
                .AutoClear(false)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn { Width = 12 }, new SpinnerColumn())
                .Start(context =>
                {
                    lock (_lock)
                    {
                        foreach (var job in jobs)
                        {
                            _tasks[job] = context.AddTask(Describe(job, "waiting"), maxValue: Stages.Length + 1);
                        }
                    }

                    return work();
                });
        }
        finally
        {
            reporter.Live = false;
        }
    }

    public override void Stage(BriefJob job, string stage)
    {
        lock (_lock)
        {
            if (_tasks.TryGetValue(job, out var task))
            {
                task.Description = Describe(job, stage);
                task.Value = Array.IndexOf(Stages, stage) + 1;
            }
        }
    }

    public override void PageWritten(BriefJob job, int pages)
    {
        lock (_lock)
        {
            if (_tasks.TryGetValue(job, out var task))
            {
                task.Description = Describe(job, $"laying out, {DiagnosticRenderer.Count(pages, "page")} written");
            }
        }
    }

    public override void Done(BriefJobResult result)
    {
        lock (_lock)
        {
            if (_tasks.TryGetValue(result.Job, out var task))
            {
                task.Description = Describe(result.Job, result.Written ? DiagnosticRenderer.Count(result.Pages!.Value, "page") : "[red]stopped[/]");
                task.Value = task.MaxValue;
                task.StopTask();
            }
        }
    }

    private static string Describe(BriefJob job, string stage) => $"{Markup.Escape(TerminalSafeWriter.Escape(Name(job)))}: {stage}";
}
