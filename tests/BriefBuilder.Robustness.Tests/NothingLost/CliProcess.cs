using System.Diagnostics;
using System.Text;

namespace BriefBuilder.Robustness.Tests.NothingLost;

/// <summary>The command line as a real process (`dotnet briefbuilder.dll ...`), run in a folder of the test's choosing,
/// so signals, exit codes, standard input and the file system are the real ones. What it prints is kept for messages.</summary>
internal sealed class CliProcess : IDisposable
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "briefbuilder.dll");

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private CliProcess(ProcessStartInfo start, byte[]? input)
    {
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        if (input is not null)
        {
            _process.StandardInput.BaseStream.Write(input);
        }

        _process.StandardInput.Close();
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>What the process printed on standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the command with <paramref name="input"/> (or nothing) on standard input, then closed;
    /// <paramref name="wrapper"/> runs first in `/bin/sh` (a ulimit).</summary>
    public static CliProcess Start(string folder, string[] args, string? wrapper = null, byte[]? input = null)
    {
        var start = wrapper is null
            ? new ProcessStartInfo("dotnet") { ArgumentList = { Tool } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", $"{wrapper}; exec dotnet \"$0\" \"$@\"", Tool } };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.WorkingDirectory = folder;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (wrapper is not null)
        {
            // The runtime maps its code through a file of its own unless W^X is off; under a small file size limit
            // it could not start.
            start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        }

        return new CliProcess(start, input);
    }

    /// <summary>Runs the command to its end and returns it, ended.</summary>
    public static CliProcess Run(string folder, params string[] args)
    {
        var run = Start(folder, args);
        run.WaitForExit();
        return run;
    }

    public void WaitForExit()
    {
        if (!_process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"briefbuilder did not end within two minutes:\n{Output}");
        }

        _process.WaitForExit();
    }

    /// <summary>SIGKILL, as `kill -9` sends it.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose() => _process.Dispose();

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
