using System.CommandLine;
using BriefBuilder.Cli.Building;
using BriefBuilder.Cli.Checking;
using BriefBuilder.Cli.Limits;
using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Layout.Fonts;
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
        var templates = new Option<string[]>("--template", "-t")
        {
            Description = "Check that the fonts of this template can print every character (repeated for several); default: every template.",
            AllowMultipleArgumentsPerToken = false,
        };
        var report = new ReportOptions();
        var limits = new LimitOption();
        var command = new Command("check", "Read and validate dossier workbooks; report each problem at its cell.") { workbooks, templates };
        report.AddTo(command);
        limits.AddTo(command);
        command.SetAction(parsed =>
        {
            var (reporter, inputLimits) = report.Start(parsed, output, "check", limits);
            if (inputLimits is null)
            {
                return reporter.Finish(ExitCode.UsageError);
            }

            var catalog = TemplateCatalog.Locate() with { Limits = inputLimits.Template };
            var names = parsed.GetValue(templates) is { Length: > 0 } given ? given : catalog.Names;
            if (TemplateChoice.Problem(catalog, names) is { } problem)
            {
                return reporter.Finish(reporter.Refuse(problem));
            }

            return reporter.Finish(Run(parsed.GetValue(workbooks) ?? [], reporter, inputLimits.Read, () => Load(catalog, names, reporter)));
        });
        return command;
    }

    /// <summary>Checks each workbook; <paramref name="templates"/> gives the templates whose fonts must print its text,
    /// loaded only when a workbook has text beyond Latin-1 to check.</summary>
    public static ExitCode Run(IReadOnlyList<string> paths, Reporter reporter, ReadLimits limits, Func<IReadOnlyList<BriefTemplate>>? templates = null)
    {
        TextWidths.ScanInstalledFontsAhead();
        var loaded = new Lazy<IReadOnlyList<BriefTemplate>>(templates ?? (() => []));
        var (exit, errors, warnings) = (ExitCode.Ok, 0, 0);
        foreach (var path in paths)
        {
            var read = WorkbookReader.Read(path, limits);
            reporter.Input(path, !read.IsUnreadable);
            var found = read.Diagnostics.Concat(UnprintableCharacters.Find(read, loaded)).ToList();
            reporter.Diagnose(found);
            var (fileErrors, fileWarnings) = (found.Count(d => d.Severity == Severity.Error), found.Count(d => d.Severity == Severity.Warning));
            (errors, warnings) = (errors + fileErrors, warnings + fileWarnings);
            exit = BuildReport.Worse(exit, read.IsUnreadable ? ExitCode.UsageError : fileErrors > 0 ? ExitCode.InvalidInput : ExitCode.Ok);
        }

        reporter.Result($"Checked {DiagnosticRenderer.Count(paths.Count, "workbook")}: {DiagnosticRenderer.Count(errors, "error")}, {DiagnosticRenderer.Count(warnings, "warning")}.");
        return exit;
    }

    // A template with errors is reported (once, whatever the number of workbooks) and its fonts are not checked.
    private static IReadOnlyList<BriefTemplate> Load(TemplateCatalog catalog, IEnumerable<string> names, Reporter reporter)
    {
        var results = names.Select(catalog.Load).ToList();
        reporter.Diagnose(results.SelectMany(r => r.Diagnostics));
        return [.. results.Select(r => r.Template).OfType<BriefTemplate>()];
    }
}
