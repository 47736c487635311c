namespace BriefBuilder.Cli.Output;

/// <summary>Where a command writes: its results, its complaints, and whether results may be coloured (only when
/// they go to an interactive terminal, never into a file, a pipe or a test).</summary>
public sealed record CliOutput(TextWriter Out, TextWriter Error, bool Colour)
{
    /// <summary>Diagnostics of one code printed; the rest are counted in one more line.</summary>
    public int DiagnosticsPerCode { get; init; } = DiagnosticCap.Default;

    /// <summary>The command the user runs this program with, for messages that tell them what to run next.</summary>
    public string Command { get; init; } = CommandName.Installed;

    /// <summary>The process's own console, written through <see cref="TerminalSafeWriter"/>; colour when standard
    /// output is a terminal and NO_COLOR is unset.</summary>
    public static CliOutput FromConsole() => new(
        new TerminalSafeWriter(Console.Out),
        new TerminalSafeWriter(Console.Error),
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
    {
        Command = CommandName.OfThisProcess(),
    };
}
