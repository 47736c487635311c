using System.Globalization;
using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Templates;
using Humanizer;

namespace BriefBuilder.Cli.Building;

/// <summary>Runs build jobs in order and reports each: its diagnostics, then the file written and its pages.</summary>
public static class BuildReport
{
    public static ExitCode Run(IReadOnlyList<BriefJob> jobs, TemplateCatalog templates, CliOutput output)
    {
        var exit = ExitCode.Ok;
        var written = 0;
        foreach (var job in jobs)
        {
            var result = job.Run(templates);
            DiagnosticRenderer.Lines(result.Diagnostics, output);
            if (result.Written)
            {
                written++;
                output.Out.WriteLine($"{job.OutputPath}: {"page".ToQuantity(result.Pages!.Value, "N0", CultureInfo.InvariantCulture)}");
            }
            else
            {
                exit = Worse(exit, result.Unusable ? ExitCode.UsageError : ExitCode.InvalidInput);
            }
        }

        output.Out.WriteLine($"Built {written} of {"brief".ToQuantity(jobs.Count, "N0", CultureInfo.InvariantCulture)}.");
        return exit;
    }

    private static ExitCode Worse(ExitCode a, ExitCode b) => (ExitCode)Math.Max((int)a, (int)b);
}
