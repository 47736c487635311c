using System.Diagnostics;
using BriefBuilder.Diagnostics;
using Spectre.Console;

namespace BriefBuilder.Cli.Output;

/// <summary>What one command run reports, and where: results (files written, summaries) on standard output,
/// diagnostics on standard error as they are found, each once; or, with --json, one document on standard output at the
/// end. Decides the exit code from what was reported.</summary>
public sealed class Reporter
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly HashSet<Diagnostic> _seen = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly DiagnosticCap _cap;
    private readonly DiagnosticRenderer _renderer;
    private readonly List<(string File, bool Readable)> _inputs = [];
    private readonly List<JsonFile> _files = [];
    private readonly List<JsonCheck> _checks = [];
    private readonly Lock _lock = new();
    private readonly List<string> _waiting = [];
    private bool _live;

    public Reporter(CliOutput output, ReportSettings settings, string command)
    {
        Output = output;
        Settings = settings;
        Command = command;
        _cap = new DiagnosticCap(output.DiagnosticsPerCode);
        Terminal = output.Colour ? TerminalConsole(output.Error) : null;
        _renderer = new DiagnosticRenderer(output.Error, Terminal);
    }

    /// <summary>Standard error as a terminal Spectre may draw on (colour, live displays); null when it is not one.</summary>
    public IAnsiConsole? Terminal { get; }

    /// <summary>Whether a live display is up on standard error: diagnostics are printed above it, and result lines wait
    /// until it ends (standard output is often the same terminal).</summary>
    public bool Live
    {
        get => _live;
        set
        {
            lock (_lock)
            {
                _live = value;
                if (!value)
                {
                    _waiting.ForEach(Output.Out.WriteLine);
                    _waiting.Clear();
                }
            }
        }
    }

    public CliOutput Output { get; }

    public ReportSettings Settings { get; }

    /// <summary>The command's name, as `briefbuilder build: ...` messages begin.</summary>
    public string Command { get; }

    /// <summary>Whether progress and result lines are printed (not with --json or --quiet).</summary>
    public bool Talkative => !Settings.Json && !Settings.Quiet;

    public int Errors => _diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => _diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>A file the command was asked to read.</summary>
    public void Input(string file, bool readable)
    {
        lock (_lock)
        {
            _inputs.Add((file, readable));
        }
    }

    /// <summary>Diagnostics as they are found; one already reported (the same workbook read for several templates) is
    /// not reported again.</summary>
    public void Diagnose(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock)
        {
            foreach (var diagnostic in diagnostics.Where(_seen.Add))
            {
                _diagnostics.Add(diagnostic);
                if (_cap.Admit(diagnostic))
                {
                    Print(diagnostic);
                }
            }
        }
    }

    /// <summary>A file written; on standard output as `PATH: N pages` (or `N bytes` for other files).</summary>
    public void Wrote(string path, long bytes, int? pages)
    {
        lock (_lock)
        {
            _files.Add(new JsonFile(path, bytes, pages));
            Result(pages is { } n ? $"{path}: {DiagnosticRenderer.Count(n, "page")}" : $"{path}: {DiagnosticRenderer.Count((int)Math.Min(bytes, int.MaxValue), "byte")}");
        }
    }

    /// <summary>One thing `verify` checked.</summary>
    public void Checked(bool passed, string finding)
    {
        _checks.Add(new JsonCheck(passed, finding));
        Result($"  {(passed ? "ok    " : "FAILED")}  {finding}");
    }

    /// <summary>A line of the command's result on standard output, unless --json or --quiet.</summary>
    public void Result(string line)
    {
        lock (_lock)
        {
            if (Talkative && _live)
            {
                _waiting.Add(line);
            }
            else if (Talkative)
            {
                Output.Out.WriteLine(line);
            }
        }
    }

    /// <summary>A remark on standard error that is neither a result nor a problem (a local template used in place of a
    /// shipped one), unless --json or --quiet.</summary>
    public void Note(string line)
    {
        if (Talkative)
        {
            Output.Error.WriteLine(line);
        }
    }

    /// <summary>The command line asks for something that cannot be done: said on standard error whatever the settings.</summary>
    public ExitCode Refuse(string message, ExitCode exit = ExitCode.UsageError)
    {
        Output.Error.WriteLine($"briefbuilder {Command}: {message}");
        lock (_lock)
        {
            _diagnostics.Add(new Diagnostic(CommandLineCodes.Usage, new SourceLocation(string.Empty), message));
        }

        return exit;
    }

    /// <summary>An output file that could not be written, reported at its path.</summary>
    public ExitCode Unwritable(string path, string problem)
    {
        Diagnose([Building.OutputWriter.Problem(path, problem)]);
        return ExitCode.OutputUnwritable;
    }

    /// <summary>The exit code, raised to 1 by warnings under --fail-on-warnings; prints the JSON document when asked.</summary>
    public int Finish(ExitCode exit)
    {
        lock (_lock)
        {
            foreach (var leftOut in _cap.LeftOut())
            {
                Print(leftOut);
            }

            if (exit == ExitCode.Ok && Settings.FailOnWarnings && Warnings > 0)
            {
                exit = ExitCode.InvalidInput;
                if (!Settings.Json)
                {
                    Output.Error.WriteLine($"briefbuilder {Command}: {DiagnosticRenderer.Count(Warnings, "warning")}, and --fail-on-warnings");
                }
            }

            if (Settings.Json)
            {
                Output.Out.WriteLine(Document(exit).Serialize());
            }

            return (int)exit;
        }
    }

    private static IAnsiConsole TerminalConsole(TextWriter error)
    {
        // Told, not left to guess from a writer: colour and redrawing are decided by the caller (a terminal, no NO_COLOR).
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(TerminalSafeWriter.Unwrapped(error)),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.Yes,
        });
        console.Profile.Width = Console.IsErrorRedirected ? 100 : Math.Max(40, Console.WindowWidth);
        return console;
    }

    private JsonReport Document(ExitCode exit)
    {
        var shown = DiagnosticCap.Apply(_diagnostics, Output.DiagnosticsPerCode);
        var inputs = _inputs.Select(i => new JsonInput(
            i.File,
            i.Readable,
            _diagnostics.Count(d => d.Location.File == i.File && d.Severity == Severity.Error),
            _diagnostics.Count(d => d.Location.File == i.File && d.Severity == Severity.Warning)));
        return new JsonReport(Command, (int)exit, Math.Round(_clock.Elapsed.TotalSeconds, 3), Errors, Warnings, [.. inputs], _files,
            [.. shown.Select(JsonDiagnostic.Of)], _checks.Count > 0 ? _checks : null);
    }

    // Errors always; warnings unless --quiet; neither as text with --json, where they are in the document.
    private void Print(Diagnostic diagnostic)
    {
        if (!Settings.Json && (diagnostic.Severity == Severity.Error || !Settings.Quiet))
        {
            _renderer.Write(diagnostic, _live);
        }
    }
}
