using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Templates;

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
                output.Out.WriteLine($"{job.OutputPath}: {result.Pages} {(result.Pages == 1 ? "page" : "pages")}");
            }
            else
            {
                exit = Worse(exit, result.Unusable ? ExitCode.UsageError : ExitCode.InvalidInput);
            }
        }

        output.Out.WriteLine($"Built {written} of {jobs.Count} {(jobs.Count == 1 ? "brief" : "briefs")}.");
        return exit;
    }

    private static ExitCode Worse(ExitCode a, ExitCode b) => (ExitCode)Math.Max((int)a, (int)b);
}
