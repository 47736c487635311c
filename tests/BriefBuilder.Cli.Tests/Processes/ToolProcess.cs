using System.Diagnostics;
using System.Text;

namespace BriefBuilder.Cli.Tests.Processes;

/// <summary>A program run as a real process in a folder of the test's choosing, its standard output and standard error
/// kept apart, standard input closed, so exit codes, streams and the file system are the real ones.</summary>
internal static class ToolProcess
{
    /// <summary>The command line this test project built, run as `dotnet briefbuilder.dll ARGS`.</summary>
    public static Result Briefbuilder(string folder, params string[] args) =>
        Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "briefbuilder.dll"), .. args], folder);

    /// <summary>Runs <paramref name="program"/> to its end (at most five minutes), with <paramref name="environment"/>
    /// added to this process's own (a null value removes a variable).</summary>
    public static Result Run(string program, IEnumerable<string> args, string folder, params (string Name, string? Value)[] environment)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(error, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not end within five minutes");
        }

        process.WaitForExit();
        lock (output)
        {
            lock (error)
            {
                return new Result(process.ExitCode, output.ToString(), error.ToString());
            }
        }
    }

    private static void Keep(StringBuilder into, string? line)
    {
        if (line is not null)
        {
            lock (into)
            {
                into.AppendLine(line);
            }
        }
    }

    /// <summary>What a process left: its exit code, standard output and standard error.</summary>
    public sealed record Result(int Code, string Output, string Error)
    {
        public override string ToString() => $"exit {Code}\n--- stdout\n{Output}--- stderr\n{Error}";
    }
}
