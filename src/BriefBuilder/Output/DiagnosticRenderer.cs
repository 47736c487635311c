using BriefBuilder.Diagnostics;
using Humanizer;
using Spectre.Console;

namespace BriefBuilder.Cli.Output;

/// <summary>The one place a diagnostic becomes a line of text: `file: Sheet!Cell: severity: message`, the severity
/// coloured on a terminal.</summary>
public sealed class DiagnosticRenderer
{
    private readonly TextWriter _writer;
    private readonly IAnsiConsole? _console;

    /// <summary>Lines for <paramref name="writer"/>, coloured only when <paramref name="colour"/> (an interactive terminal
    /// without NO_COLOR).</summary>
    public DiagnosticRenderer(TextWriter writer, bool colour)
    {
        _writer = writer;
        if (colour)
        {
            // Colour is decided by the caller, so Spectre is told to use it rather than to guess from a writer; the
            // standard sixteen colours are all it needs. One diagnostic, one line, as editors and grep expect: the
            // terminal may soft-wrap, Spectre must not break it.
            _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Raw(writer)), Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Standard });
            _console.Profile.Width = int.MaxValue;
        }
    }

    public void Write(Diagnostic diagnostic)
    {
        if (_console is null)
        {
            _writer.WriteLine(diagnostic.ToString());
            return;
        }

        var colour = diagnostic.Severity == Severity.Error ? "red" : "yellow";
        var location = TerminalSafeWriter.Escape(diagnostic.Location.ToString());
        var message = TerminalSafeWriter.Escape(diagnostic.Message);
        _console.MarkupLine($"{Markup.Escape(location)}: [bold {colour}]{Name(diagnostic.Severity)}[/]: {Markup.Escape(message)}");
    }

    /// <summary>`error` or `warning`, as lines and JSON name them.</summary>
    public static string Name(Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>`3 errors`, `1 warning`.</summary>
    public static string Count(int n, string noun) => noun.ToQuantity(n, "N0", System.Globalization.CultureInfo.InvariantCulture);

    // Colour escapes go to the terminal as they are; the text between them was escaped above.
    private static TextWriter Raw(TextWriter writer) => writer is TerminalSafeWriter safe ? safe.Inner : writer;
}
