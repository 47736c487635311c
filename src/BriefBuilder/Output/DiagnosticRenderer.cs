using BriefBuilder.Diagnostics;
using Spectre.Console;

namespace BriefBuilder.Cli.Output;

/// <summary>The one place a diagnostic becomes a line of text: `file: Sheet!Cell: severity: message [code]`, the
/// severity coloured on a terminal.</summary>
public sealed class DiagnosticRenderer(TextWriter writer, IAnsiConsole? terminal)
{
    /// <summary>Writes one diagnostic; <paramref name="live"/> while a live display is up, which it is printed above.</summary>
    public void Write(Diagnostic diagnostic, bool live)
    {
        if (terminal is null)
        {
            writer.WriteLine(diagnostic.ToString());
            return;
        }

        var error = diagnostic.Severity == Severity.Error;
        var location = TerminalSafeWriter.Escape(diagnostic.Location.ToString());
        var message = TerminalSafeWriter.Escape(diagnostic.Message) + $" [{diagnostic.Code}]";
        if (live)
        {
            terminal.MarkupLine($"{Markup.Escape(location)}: [bold {(error ? "red" : "yellow")}]{Name(diagnostic.Severity)}[/]: {Markup.Escape(message)}");
        }
        else
        {
            // One diagnostic, one line, as editors and grep expect: the terminal may soft-wrap it, nothing here breaks it.
            TerminalSafeWriter.Unwrapped(writer).WriteLine($"{location}: \u001b[1;{(error ? 31 : 33)}m{Name(diagnostic.Severity)}\u001b[0m: {message}");
        }
    }

    /// <summary>`error` or `warning`, as lines and JSON name them.</summary>
    public static string Name(Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>`3 errors`, `1 warning`: the nouns counted here (error, warning, workbook, brief, page, byte) all take
    /// an "s"; spelled out rather than asked of Humanizer, whose plural rules cost `check` a third of its start.</summary>
    public static string Count(int n, string noun) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? string.Empty : "s")}");
}
