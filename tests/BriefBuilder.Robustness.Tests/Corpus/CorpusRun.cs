using BriefBuilder.Cli.Building;
using BriefBuilder.Cli.Limits;
using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Layout;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Robustness.Tests.Corpus;

/// <summary>Runs a corpus entry as the command line would (check, or a build into a folder of its own) and returns the
/// exit code the command would give with the diagnostics it would print, codes included.</summary>
internal static class CorpusRun
{
    public static (int Exit, IReadOnlyList<Diagnostic> Diagnostics) Run(CorpusEntry entry, string outFolder)
    {
        var limits = Limits(entry.Args);
        if (entry.Command == "check")
        {
            var read = WorkbookReader.Read(entry.FullPath, limits.Read);
            return (read.IsUnreadable ? 2 : read.HasErrors ? 1 : 0, DiagnosticCap.Apply(read.Diagnostics, limits.DiagnosticsPerCode));
        }

        var (workbook, template) = entry.Command == "template"
            ? (Path.Combine(CorpusEntry.Folder, "workbooks", "clean.xlsx"), entry.FullPath)
            : (entry.FullPath, entry.Command["build:".Length..]);
        var catalog = TemplateCatalog.Locate(AppContext.BaseDirectory) with { Limits = limits.Template };
        var job = BriefJob.Within(limits, workbook, template, BriefOptions.None, outFolder, PdfFormat.Default);
        var result = job.Run(catalog);
        return ((int)result.Exit, DiagnosticCap.Apply(result.Diagnostics, limits.DiagnosticsPerCode));
    }

    // `--limit NAME=N` as the command line reads it.
    private static InputLimits Limits(IReadOnlyList<string> args)
    {
        var limits = InputLimits.Default;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var (name, value) = (args[i + 1].Split('=')[0], long.Parse(args[i + 1].Split('=')[1], System.Globalization.CultureInfo.InvariantCulture));
            limits = LimitSetting.All.Single(s => s.Name == name).With(limits, value);
        }

        return limits;
    }
}
