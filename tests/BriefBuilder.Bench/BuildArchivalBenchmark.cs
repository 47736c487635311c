using System.Diagnostics;
using System.Globalization;
using BriefBuilder.Cli.Building;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout;

namespace BriefBuilder.Bench;

/// <summary>`build-archival [CLAIMS]`: writes a dossier workbook of 10,000 claims (by default; set-up, timed apart),
/// then builds its archival snapshot end to end, as `briefbuilder build` does: read, validate, compose, lay out, write.</summary>
public sealed class BuildArchivalBenchmark : IBenchmark
{
    public string Name => "build-archival";

    public string Usage => "generate a workbook of CLAIMS claims (default 10000), then build its archival-snapshot PDF";

    public int Run(IReadOnlyList<string> args)
    {
        var claims = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var folder = Path.Combine(Path.GetTempPath(), $"briefbuilder-bench-archival-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            var workbook = Path.Combine(folder, $"dossier-{claims}.xlsx");
            var setUp = Stopwatch.StartNew();
            var shape = BenchWorkbook.Write(workbook, claims);
            setUp.Stop();
            Console.WriteLine(Invariant($"set-up (not measured): wrote {shape} in {setUp.Elapsed.TotalSeconds:F2} s"));
            GC.Collect();
            GC.WaitForPendingFinalizers();

            var measured = Stopwatch.StartNew();
            var job = new BriefJob(workbook, "archival-snapshot", BriefOptions.None, folder, PdfFormat.Default);
            var result = job.Run(TemplateCatalog.Locate());
            measured.Stop();

            foreach (var error in result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Take(5))
            {
                Console.WriteLine(error);
            }

            var size = result.Written ? new FileInfo(job.OutputPath).Length / 1024.0 / 1024.0 : 0;
            Console.WriteLine(Invariant($"measured: {claims} claims to {result.Pages ?? 0} pages ({size:F1} MB) in {measured.Elapsed.TotalSeconds:F2} s"));
            return result.Written ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
