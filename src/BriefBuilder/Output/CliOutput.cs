namespace BriefBuilder.Cli.Output;

/// <summary>Where a command writes: its results, its complaints, and whether results may be coloured (only when
/// they go to an interactive terminal, never into a file, a pipe or a test).</summary>
public sealed record CliOutput(TextWriter Out, TextWriter Error, bool Colour)
{
    /// <summary>The process's own console; colour when standard output is a terminal and NO_COLOR is unset.</summary>
    public static CliOutput FromConsole() => new(
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
}
