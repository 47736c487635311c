using System.CommandLine;
using System.Diagnostics;
using BriefBuilder.Cli.Building;
using BriefBuilder.Cli.Limits;
using BriefBuilder.Cli.Output;
using BriefBuilder.Cli.Watching;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Commands;

/// <summary>`briefbuilder watch WORKBOOK -t NAME... [-o PATH] [--open]`: builds, then builds again each time the workbook
/// or a template file is saved, until interrupted. A brief with errors is not written, so the last good PDF stays in
/// place; a workbook caught while it is being saved is waited for, not reported as damaged.</summary>
public static class WatchCommand
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(200);

    public static Command Create(CliOutput output)
    {
        var workbook = new Argument<string>("workbook") { Description = "The dossier workbook (.xlsx) to watch." };
        var templates = new Option<string[]>("--template", "-t") { Description = "A template name or .yaml path; repeated for several.", Required = true, AllowMultipleArgumentsPerToken = false };
        var outPath = OutOption.Create("As for build: a file ending in .pdf for one brief, else a folder (default out/<workbook>).");
        var open = new Option<bool>("--open") { Description = "Open the brief in the desktop's PDF viewer after the first build." };
        var options = new BriefOptionsBinding();
        var limits = new LimitOption();
        var command = new Command("watch", "Build, then build again whenever the workbook or a template is saved (Ctrl+C stops).") { workbook, templates, outPath, open };
        options.AddTo(command);
        limits.AddTo(command);
        command.SetAction(async (parsed, cancel) =>
        {
            var first = new Reporter(output, ReportSettings.Default, "watch");
            var (inputLimits, limitError) = limits.Read(parsed);
            var (briefOptions, optionError) = options.Read(parsed);
            var catalog = TemplateCatalog.Locate() with { Limits = (inputLimits ?? InputLimits.Default).Template };
            var request = new BuildRequest([parsed.GetValue(workbook)!], parsed.GetValue(templates) ?? [], parsed.GetValue(outPath));
            var error = limitError ?? optionError ?? TemplateChoice.Problem(catalog, request.Templates) ?? request.Problem(isSeries: false)
                ?? (File.Exists(request.Workbooks[0]) ? null : $"{request.Workbooks[0]}: no such file to watch");
            var (folder, folderError) = request.Folder(request.Workbooks[0]);
            if (error is not null || folderError is not null || inputLimits is null || briefOptions is null)
            {
                return first.Finish(first.Refuse((error ?? folderError)!));
            }

            var jobs = request.Templates.Select(t => BriefJob.Within(inputLimits, request.Workbooks[0], t, briefOptions, folder!, PdfFormat.Default) with { Name = request.FileName }).ToList();
            await RunAsync(jobs, catalog, output, parsed.GetValue(open), cancel).ConfigureAwait(false);
            return (int)ExitCode.Ok;
        });
        return command;
    }

    /// <summary>Builds the jobs now and after every save of their files, until <paramref name="cancel"/>.</summary>
    public static async Task RunAsync(IReadOnlyList<BriefJob> jobs, TemplateCatalog catalog, CliOutput output, bool open, CancellationToken cancel)
    {
        var watched = jobs.Select(j => j.Workbook)
            .Concat(jobs.Select(j => TemplateCatalog.IsPath(j.Template) ? j.Template : catalog.Entries.FirstOrDefault(e => e.Name == j.Template && e.Local)?.Path).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        using var changes = new FileChanges(watched, Quiet);
        var opened = !open;
        do
        {
            var exit = await BuildOnceAsync(jobs, catalog, output, cancel).ConfigureAwait(false);
            if (!opened && exit == ExitCode.Ok)
            {
                opened = true;
                Open(jobs[0].OutputPath, output);
            }

            output.Error.WriteLine($"Watching {string.Join(", ", watched.Select(TemplateChoice.Shown))} for changes (Ctrl+C to stop).");
        }
        while (await changes.NextAsync(cancel).ConfigureAwait(false));
    }

    // A workbook that cannot be read is read again a few times first: Excel and LibreOffice write a file in several steps.
    private static async Task<ExitCode> BuildOnceAsync(IReadOnlyList<BriefJob> jobs, TemplateCatalog catalog, CliOutput output, CancellationToken cancel)
    {
        try
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                await SettledFile.WaitAsync(jobs[0].Workbook, Step, 10, cancel).ConfigureAwait(false);
                if (!WorkbookReader.Read(jobs[0].Workbook, jobs[0].ReadLimits).IsUnreadable)
                {
                    break;
                }

                await Task.Delay(Step * 2, cancel).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            return ExitCode.Ok;
        }

        var reporter = new Reporter(output, ReportSettings.Default, "watch");
        var exit = BuildReport.Run(jobs, catalog, reporter);
        reporter.Finish(exit);
        return exit;
    }

    private static void Open(string pdf, CliOutput output)
    {
        try
        {
            using var viewer = Process.Start(new ProcessStartInfo(Path.GetFullPath(pdf)) { UseShellExecute = true });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            output.Error.WriteLine($"briefbuilder watch: cannot open {pdf} in a viewer: {e.Message}");
        }
    }
}
