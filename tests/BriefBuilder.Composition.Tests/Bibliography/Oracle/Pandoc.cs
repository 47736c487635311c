using System.Diagnostics;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>Runs pandoc with --citeproc on a markdown document and returns what it writes.</summary>
internal static class Pandoc
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Run(string markdown, string bibliography, string cslFile, string format)
    {
        var start = new ProcessStartInfo("pandoc")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--citeproc", $"--bibliography={bibliography}", $"--csl={cslFile}", "-f", "markdown", "-t", format, "--wrap=none" })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("pandoc did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("pandoc is not installed; ./test.sh installs it.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(markdown);
            process.StandardInput.Close();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill();
                throw new TimeoutException($"pandoc took longer than {Timeout}.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"pandoc failed ({process.ExitCode}): {errors.Result}");
            }

            return output.Result;
        }
    }
}
