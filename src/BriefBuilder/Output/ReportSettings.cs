using System.CommandLine;
using BriefBuilder.Cli.Limits;

namespace BriefBuilder.Cli.Output;

/// <summary>How a command reports: `--json` (one JSON document on standard output), `--quiet` (nothing but errors and
/// the JSON asked for) and `--fail-on-warnings` (exit 1 when there are warnings).</summary>
public sealed record ReportSettings(bool Json, bool Quiet, bool FailOnWarnings)
{
    public static readonly ReportSettings Default = new(false, false, false);
}

/// <summary>The reporting options, declared once and added to every command that reports diagnostics.</summary>
public sealed class ReportOptions
{
    private readonly Option<bool> _json = new("--json") { Description = "Print one JSON document on standard output: files written, pages, bytes, time and diagnostics (README, \"JSON output\")." };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Print nothing but errors (and the JSON document with --json)." };
    private readonly Option<bool> _failOnWarnings = new("--fail-on-warnings") { Description = "Exit with 1 when there are warnings, as with errors." };

    public void AddTo(Command command)
    {
        command.Options.Add(_json);
        command.Options.Add(_quiet);
        command.Options.Add(_failOnWarnings);
    }

    /// <summary>The run's reporter, its diagnostics capped as `--limit diagnostics=N` says, and the limits the command
    /// line sets (null when `--limit` is wrong, which is refused through the reporter).</summary>
    public (Reporter Reporter, InputLimits? Limits) Start(ParseResult parsed, CliOutput output, string command, LimitOption limits)
    {
        var (inputLimits, error) = limits.Read(parsed);
        var reporter = new Reporter(output with { DiagnosticsPerCode = (inputLimits ?? InputLimits.Default).DiagnosticsPerCode }, Read(parsed), command);
        if (error is not null)
        {
            reporter.Refuse(error);
        }

        return (reporter, inputLimits);
    }

    public ReportSettings Read(ParseResult parsed) => new(parsed.GetValue(_json), parsed.GetValue(_quiet), parsed.GetValue(_failOnWarnings));
}
