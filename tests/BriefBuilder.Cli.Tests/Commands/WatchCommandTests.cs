using System.Diagnostics;
using System.Text;
using BriefBuilder.Layout.Tests.Demo;

namespace BriefBuilder.Cli.Tests.Commands;

/// <summary>`watch` as a real process: it builds, builds again when the workbook is saved, and keeps the last good PDF
/// while the saved workbook has errors.</summary>
public sealed class WatchCommandTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_save_is_rebuilt_and_a_save_with_errors_leaves_the_last_good_brief_in_place()
    {
        var workbook = Reporting.TestWorkbooks.Starter(_cli, "dossier.xlsx");
        var pdf = _cli.File("brief.pdf");
        var error = new StringBuilder();
        using var watch = Start(error, "watch", workbook, "-t", "handout", "-o", pdf);
        try
        {
            var first = WaitFor(() => File.Exists(pdf) && Output(error).Contains("Watching", StringComparison.Ordinal)) ? File.ReadAllBytes(pdf) : [];
            Assert.NotEmpty(first);

            // A save with errors: reported, and the brief stays as it was.
            Replace(workbook, CommandLine.MessyWorkbook);
            Assert.True(WaitFor(() => Output(error).Contains("Claims!B17: error", StringComparison.Ordinal)), Output(error));
            Assert.Equal(first, File.ReadAllBytes(pdf));

            // A good save: the brief is rebuilt from the new workbook.
            Replace(workbook, Path.Combine(AppContext.BaseDirectory, "workbooks", "artsakh-exodus-2023.xlsx"));
            Assert.True(WaitFor(() => !File.ReadAllBytes(pdf).AsSpan().SequenceEqual(first)), Output(error));
            Assert.Contains("Nagorno-Karabakh", Tools.Run("pdftotext", pdf, "-").Output, StringComparison.Ordinal);
        }
        finally
        {
            watch.Kill(entireProcessTree: true);
            watch.WaitForExit();
        }
    }

    // As an editor saves: the new content written beside the file, then renamed over it.
    private void Replace(string workbook, string with)
    {
        var temporary = _cli.File("saving.tmp");
        File.Copy(with, temporary, overwrite: true);
        File.Move(temporary, workbook, overwrite: true);
    }

    private Process Start(StringBuilder error, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _cli.Folder, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "briefbuilder.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (error)
            {
                error.AppendLine(e.Data);
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    private static string Output(StringBuilder error)
    {
        lock (error)
        {
            return error.ToString();
        }
    }

    private static bool WaitFor(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(200);
        }

        return false;
    }
}
