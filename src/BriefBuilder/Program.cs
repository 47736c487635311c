using System.CommandLine;
using BriefBuilder.Cli.Commands;
using BriefBuilder.Cli.Output;
using BriefBuilder.Layout.Fonts;

namespace BriefBuilder.Cli;

/// <summary>The briefbuilder command line.</summary>
public static class Program
{
    // The commands that measure text: for them the other core scans the installed fonts from the start (once every
    // thread's culture is the invariant one), beside the runtime's and the command line's own start-up, which is all
    // the first core does until then (`check` on the sample 0.94x wall, on a machine with 92 font files).
    private static readonly HashSet<string> Measuring = new(["check", "build", "build-all", "watch", "verify"], StringComparer.Ordinal);

    public static int Main(string[] args)
    {
        InvariantCulture.ForProcess();
        if (args.Length > 0 && Measuring.Contains(args[0]))
        {
            TextWidths.ScanInstalledFontsAhead();
        }

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
            TemplatesCommand.Create(output),
            WatchCommand.Create(output),
            ExportCommand.Create(output),
            VerifyCommand.Create(output),
            DiffCommand.Create(output),
        };

        var parsed = root.Parse(args);
        var unknown = CommandLineHints.Unknown(parsed);
        if (parsed.Errors.Count > 0 || unknown.Count > 0)
        {
            // Ours name the word and the nearest command or option; the parser's own, for the same words, say less.
            foreach (var message in unknown.Count > 0 ? unknown : parsed.Errors.Select(e => CommandLineHints.Plain(e.Message)))
            {
                output.Error.WriteLine($"briefbuilder: {message}");
            }

            output.Error.WriteLine($"Run '{output.Command} --help' for usage.");
            return (int)ExitCode.UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output.Out, Error = output.Error });
    }
}
