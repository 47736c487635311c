using System.CommandLine;
using BriefBuilder.Cli.Limits;
using BriefBuilder.Cli.Output;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Commands;

/// <summary>`briefbuilder check WORKBOOK... [--json]`: reads, binds and validates each workbook and reports every
/// problem at its cell. Exit 0 without errors, 1 with errors, 2 when a file cannot be read at all.</summary>
public static class CheckCommand
{
    public static Command Create(CliOutput output)
    {
        var workbooks = new Argument<string[]>("workbook")
        {
            Description = "The .xlsx workbooks to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the diagnostics as JSON." };
        var limits = new LimitOption();
        var command = new Command("check", "Read and validate dossier workbooks; report each problem at its cell.") { workbooks, json };
        limits.AddTo(command);
        command.SetAction(parsed =>
        {
            var inputLimits = limits.ReadOrReport(parsed, output, "check");
            return inputLimits is null
                ? (int)ExitCode.UsageError
                : (int)Run(parsed.GetValue(workbooks) ?? [], parsed.GetValue(json), output with { DiagnosticsPerCode = inputLimits.DiagnosticsPerCode }, inputLimits.Read);
        });
        return command;
    }

    public static ExitCode Run(IReadOnlyList<string> paths, bool json, CliOutput output, ReadLimits? limits = null)
    {
        var results = paths.Select(path => WorkbookReader.Read(path, limits ?? ReadLimits.Default)).ToList();
        var exitCode = results.Any(r => r.IsUnreadable) ? ExitCode.UsageError
            : results.Any(r => r.HasErrors) ? ExitCode.InvalidInput
            : ExitCode.Ok;
        if (json)
        {
            DiagnosticRenderer.Json(results, exitCode, output);
        }
        else
        {
            DiagnosticRenderer.Text(results, output);
        }

        return exitCode;
    }
}
