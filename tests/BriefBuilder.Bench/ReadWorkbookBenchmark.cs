using System.Diagnostics;
using System.Globalization;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Bench;

/// <summary>`read-workbook [CLAIMS]`: writes a workbook of 10,000 claims (by default) with people, institutions,
/// sources, events and stances (set-up, timed apart), then reads and validates it, which is what is measured.</summary>
public sealed class ReadWorkbookBenchmark : IBenchmark
{
    public string Name => "read-workbook";

    public string Usage => "generate a workbook of CLAIMS claims (default 10000), then read and validate it";

    public int Run(IReadOnlyList<string> args)
    {
        var claims = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var path = Path.Combine(Path.GetTempPath(), $"briefbuilder-bench-{claims}-{Environment.ProcessId}.xlsx");
        try
        {
            var setUp = Stopwatch.StartNew();
            var shape = BenchWorkbook.Write(path, claims);
            setUp.Stop();
            Console.WriteLine(Invariant($"set-up (not measured): wrote {shape} in {setUp.Elapsed.TotalSeconds:F2} s, {new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB"));

            // The generator's garbage is collected first so that it does not count against the reader.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var measured = Stopwatch.StartNew();
            var result = WorkbookReader.Read(path);
            measured.Stop();

            var codes = string.Join(", ", result.Diagnostics.GroupBy(d => d.Code.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}"));
            Console.WriteLine(Invariant($"measured: read and validated {result.Dossier?.Claims.Count ?? 0} claims in {measured.Elapsed.TotalSeconds:F2} s ({result.ErrorCount} errors, {result.WarningCount} warnings: {codes})"));
            return result.HasErrors ? 1 : 0;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
