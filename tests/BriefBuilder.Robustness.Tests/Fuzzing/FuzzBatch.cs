using System.Diagnostics;
using System.Globalization;

namespace BriefBuilder.Robustness.Tests.Fuzzing;

/// <summary>Runs fuzz cases one by one and keeps what went wrong: an exception, a case over the time budget, or one
/// that allocated more than the memory budget. The input of each failure is saved to become a corpus entry.</summary>
internal sealed class FuzzBatch(string name)
{
    // Every case is a small input: a case is read in milliseconds and built in a fraction of a second. The budget is wall
    // time, so it leaves room for a host whose two cores are busy with other work (a loaded long run saw 18 s once);
    // the slowness the issue found (minutes for linear work done quadratically, hangs) is far beyond it.
    private static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(30);
    private const long MemoryBudget = 1L << 30;

    private readonly List<string> _failures = [];

    public int Cases { get; private set; }

    public IReadOnlyList<string> Failures => _failures;

    public void Run(int index, byte[] input, string extension, Action run)
    {
        Cases++;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        string? problem = null;
        try
        {
            run();
        }
        catch (Exception e)
        {
            problem = $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        }

        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        problem ??= clock.Elapsed > TimeBudget ? string.Create(CultureInfo.InvariantCulture, $"took {clock.Elapsed.TotalSeconds:F1} s")
            : allocated > MemoryBudget ? string.Create(CultureInfo.InvariantCulture, $"allocated {allocated / (1024 * 1024)} MB")
            : null;
        if (problem is not null)
        {
            Directory.CreateDirectory(FuzzSettings.FailureFolder);
            var saved = Path.Combine(FuzzSettings.FailureFolder, string.Create(CultureInfo.InvariantCulture, $"{name}-{FuzzSettings.Seed}-{index}{extension}"));
            File.WriteAllBytes(saved, input);
            _failures.Add($"case {index} ({saved}): {problem}");
        }
    }
}
