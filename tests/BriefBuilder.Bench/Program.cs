using System.Diagnostics;
using System.Globalization;

namespace BriefBuilder.Bench;

/// <summary>Runs the benchmark named on the command line and reports its wall time and the process's peak memory.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var benchmarks = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
            .OrderBy(b => b.Name, StringComparer.Ordinal)
            .ToList();
        var chosen = args.Length > 0 ? benchmarks.FirstOrDefault(b => b.Name == args[0]) : null;
        if (chosen is null)
        {
            Console.Error.WriteLine("usage: bench NAME [ARGS]");
            foreach (var b in benchmarks)
            {
                Console.Error.WriteLine($"  {b.Name,-18} {b.Usage}");
            }

            return 2;
        }

        var clock = Stopwatch.StartNew();
        var code = chosen.Run(args[1..]);
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{chosen.Name}: {clock.Elapsed.TotalSeconds:F2} s in Run, peak working set {PeakMegabytes():F0} MB"));
        return code;
    }

    // VmHWM is the kernel's high-water mark of resident memory for the whole process.
    private static double PeakMegabytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                var kb = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                return kb / 1024;
            }
        }

        return Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
