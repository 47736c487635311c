using System.Globalization;
using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Templates;
using Humanizer;

namespace BriefBuilder.Cli.Building;

/// <summary>Runs build jobs and reports each: its diagnostics, then the file written and its pages.</summary>
public static class BuildReport
{
    /// <summary>Runs the jobs in order, each reading its own files, reporting each as it finishes.</summary>
    public static ExitCode Run(IReadOnlyList<BriefJob> jobs, TemplateCatalog templates, CliOutput output) =>
        Report(jobs.Select(job => job.Run(templates)), jobs.Count, output);

    /// <summary>Reports results in the order given, then how many briefs were built.</summary>
    public static ExitCode Report(IEnumerable<BriefJobResult> results, int count, CliOutput output)
    {
        var exit = ExitCode.Ok;
        var written = 0;
        foreach (var result in results)
        {
            DiagnosticRenderer.Lines(result.Diagnostics, output);
            if (result.Written)
            {
                written++;
                output.Out.WriteLine($"{result.Job.OutputPath}: {"page".ToQuantity(result.Pages!.Value, "N0", CultureInfo.InvariantCulture)}");
            }
            else
            {
                exit = Worse(exit, result.Unusable ? ExitCode.UsageError : ExitCode.InvalidInput);
            }
        }

        output.Out.WriteLine($"Built {written} of {"brief".ToQuantity(count, "N0", CultureInfo.InvariantCulture)}.");
        return exit;
    }

    private static ExitCode Worse(ExitCode a, ExitCode b) => (ExitCode)Math.Max((int)a, (int)b);
}
