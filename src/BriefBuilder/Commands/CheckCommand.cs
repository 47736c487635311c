using System.CommandLine;
using BriefBuilder.Cli.Building;
using BriefBuilder.Cli.Limits;
using BriefBuilder.Cli.Output;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Commands;

/// <summary>`briefbuilder check WORKBOOK...`: reads, binds and validates each workbook and reports every problem at its
/// cell on standard error, then a summary line on standard output.</summary>
public static class CheckCommand
{
    public static Command Create(CliOutput output)
    {
        var workbooks = new Argument<string[]>("workbook")
        {
            Description = "The .xlsx workbooks to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var report = new ReportOptions();
        var limits = new LimitOption();
        var command = new Command("check", "Read and validate dossier workbooks; report each problem at its cell.") { workbooks };
        report.AddTo(command);
        limits.AddTo(command);
        command.SetAction(parsed =>
        {
            var (reporter, inputLimits) = report.Start(parsed, output, "check", limits);
            return reporter.Finish(inputLimits is null ? ExitCode.UsageError : Run(parsed.GetValue(workbooks) ?? [], reporter, inputLimits.Read));
        });
        return command;
    }

    public static ExitCode Run(IReadOnlyList<string> paths, Reporter reporter, ReadLimits limits)
    {
        var (exit, errors, warnings) = (ExitCode.Ok, 0, 0);
        foreach (var path in paths)
        {
            var read = WorkbookReader.Read(path, limits);
            reporter.Input(path, !read.IsUnreadable);
            reporter.Diagnose(read.Diagnostics);
            (errors, warnings) = (errors + read.ErrorCount, warnings + read.WarningCount);
            exit = BuildReport.Worse(exit, read.IsUnreadable ? ExitCode.UsageError : read.HasErrors ? ExitCode.InvalidInput : ExitCode.Ok);
        }

        reporter.Result($"Checked {DiagnosticRenderer.Count(paths.Count, "workbook")}: {DiagnosticRenderer.Count(errors, "error")}, {DiagnosticRenderer.Count(warnings, "warning")}.");
        return exit;
    }
}
