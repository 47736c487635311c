namespace BriefBuilder.Cli.Output;

/// <summary>Where a command writes: its results, its diagnostics and progress, and whether these may be coloured and
/// redrawn (only when standard error is an interactive terminal and NO_COLOR is unset; never into a file, a pipe or a
/// test).</summary>
public sealed record CliOutput(TextWriter Out, TextWriter Error, bool Colour)
{
    /// <summary>Diagnostics of one code printed; the rest are counted in one more line.</summary>
    public int DiagnosticsPerCode { get; init; } = DiagnosticCap.Default;

    /// <summary>The command the user runs this program with, for messages that tell them what to run next.</summary>
    public string Command { get; init; } = CommandName.Installed;

    /// <summary>The process's own console, written through <see cref="TerminalSafeWriter"/>.</summary>
    public static CliOutput FromConsole() => new(
        new TerminalSafeWriter(Console.Out),
        new TerminalSafeWriter(Console.Error),
        !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) && Environment.GetEnvironmentVariable("TERM") != "dumb")
    {
        Command = CommandName.OfThisProcess(),
    };
}
