using System.Text.Json;
using System.Text.Json.Serialization;
using BriefBuilder.Diagnostics;
using BriefBuilder.Workbooks;
using Humanizer;
using Spectre.Console;

namespace BriefBuilder.Cli.Output;

/// <summary>The one place diagnostics become output: `file: Sheet!Cell: severity: message` lines and a summary
/// line (coloured on a terminal), or the same as a JSON document.</summary>
public static class DiagnosticRenderer
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Text(IReadOnlyList<WorkbookReadResult> results, CliOutput output)
    {
        Lines(results.SelectMany(r => r.Diagnostics), output);
        output.Out.WriteLine(Summary(results));
    }

    /// <summary>One line per diagnostic, coloured by severity on a terminal.</summary>
    public static void Lines(IEnumerable<Diagnostic> diagnostics, CliOutput output)
    {
        // Colour is decided by the caller (an interactive terminal), so Spectre is told to use it rather than to guess
        // from a writer; the standard sixteen colours are all it needs.
        var console = output.Colour
            ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Raw(output.Out)), Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Standard })
            : null;
        if (console is not null)
        {
            // One diagnostic, one line, as editors and grep expect: the terminal may soft-wrap, Spectre must not break it.
            console.Profile.Width = int.MaxValue;
        }

        foreach (var diagnostic in DiagnosticCap.Apply(diagnostics, output.DiagnosticsPerCode))
        {
            if (console is null)
            {
                output.Out.WriteLine(diagnostic.ToString());
            }
            else
            {
                var colour = diagnostic.Severity == Severity.Error ? "red" : "yellow";
                var location = TerminalSafeWriter.Escape(diagnostic.Location.ToString());
                var message = TerminalSafeWriter.Escape(diagnostic.Message);
                console.MarkupLine($"{Markup.Escape(location)}: [bold {colour}]{Name(diagnostic.Severity)}[/]: {Markup.Escape(message)}");
            }
        }
    }

    // Colour escapes go to the terminal as they are; the text between them was escaped above.
    private static TextWriter Raw(TextWriter writer) => writer is TerminalSafeWriter safe ? safe.Inner : writer;

    public static void Json(IReadOnlyList<WorkbookReadResult> results, ExitCode exitCode, CliOutput output)
    {
        var report = new JsonReport(
            [.. results.Select(r => new JsonWorkbook(
                r.File,
                !r.IsUnreadable,
                r.ErrorCount,
                r.WarningCount,
                [.. DiagnosticCap.Apply(r.Diagnostics, output.DiagnosticsPerCode).Select(d => new JsonDiagnostic(Name(d.Severity), d.Code, d.Location.File, d.Location.Sheet, d.Location.Cell, d.Message))]))],
            results.Sum(r => r.ErrorCount),
            results.Sum(r => r.WarningCount),
            (int)exitCode);
        output.Out.WriteLine(JsonSerializer.Serialize(report, JsonOptions));
    }

    /// <summary>`Checked 2 workbooks: 3 errors, 1 warning.`</summary>
    public static string Summary(IReadOnlyList<WorkbookReadResult> results) =>
        $"Checked {Count(results.Count, "workbook")}: {Count(results.Sum(r => r.ErrorCount), "error")}, {Count(results.Sum(r => r.WarningCount), "warning")}.";

    private static string Count(int n, string noun) => noun.ToQuantity(n, "N0", System.Globalization.CultureInfo.InvariantCulture);

    private static string Name(Severity severity) => severity.ToString().ToLowerInvariant();

    private sealed record JsonReport(IReadOnlyList<JsonWorkbook> Workbooks, int Errors, int Warnings, int ExitCode);

    private sealed record JsonWorkbook(string File, bool Readable, int Errors, int Warnings, IReadOnlyList<JsonDiagnostic> Diagnostics);

    private sealed record JsonDiagnostic(string Severity, string Code, string File, string? Sheet, string? Cell, string Message);
}
