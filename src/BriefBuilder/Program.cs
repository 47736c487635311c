using System.CommandLine;
using BriefBuilder.Cli.Commands;
using BriefBuilder.Cli.Output;

namespace BriefBuilder.Cli;

/// <summary>The briefbuilder command line.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        InvariantCulture.ForProcess();
        return Run(args, CliOutput.FromConsole());
    }

    /// <summary>Parses and runs a command line, writing only to <paramref name="output"/>; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, CliOutput output)
    {
        using var invariant = InvariantCulture.ForThisRun();
        var root = new RootCommand("BriefBuilder: check dossier workbooks and lay out briefing PDFs.")
        {
            // One line per command.
            CheckCommand.Create(output),
            InitCommand.Create(output),
            BuildCommand.Create(output),
            BuildAllCommand.Create(output),
            ExportCommand.Create(output),
            VerifyCommand.Create(output),
            DiffCommand.Create(output),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                output.Error.WriteLine($"briefbuilder: {error.Message}");
            }

            output.Error.WriteLine($"Run '{output.Command} --help' for usage.");
            return (int)ExitCode.UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output.Out, Error = output.Error });
    }
}
