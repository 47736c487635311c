using System.Diagnostics;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>Runs pandoc and returns what it writes; only the oracle's recorder does, never a test.</summary>
internal static class Pandoc
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The first line of `pandoc --version`, as "pandoc 2.17.1.1".</summary>
    public static string Version() => Run(["--version"], string.Empty).Split('\n')[0].Trim();

    /// <summary>pandoc with <paramref name="arguments"/>, given <paramref name="input"/> on its standard input.</summary>
    public static string Run(IEnumerable<string> arguments, string input)
    {
        var start = new ProcessStartInfo("pandoc")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
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
            throw new InvalidOperationException("pandoc is not installed (Debian: apt-get install pandoc).", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(input);
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
