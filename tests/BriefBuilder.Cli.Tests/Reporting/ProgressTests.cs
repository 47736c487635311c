using BriefBuilder.Cli.Tests.Processes;

namespace BriefBuilder.Cli.Tests.Reporting;

/// <summary>Progress on standard error: a line per stage when it is not a terminal, a live display per brief when it is,
/// nothing under --quiet or --json; diagnostics as they are found either way.</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Not_on_a_terminal_each_brief_says_each_stage_on_a_line_of_its_own_in_order()
    {
        var workbook = TestWorkbooks.Starter(_cli, "dossier.xlsx");

        var run = ToolProcess.Briefbuilder(_cli.Folder, "build", workbook, "-t", "handout", "-t", "annual-report", "-o", "briefs", "--jobs", "1");

        Assert.True(run.Code == 0, run.ToString());
        string[] expected =
        [
            "dossier.xlsx: reading",
            "dossier.xlsx: handout.pdf: composing", "dossier.xlsx: handout.pdf: laying out", "dossier.xlsx: handout.pdf: writing",
            "dossier.xlsx: annual-report.pdf: composing", "dossier.xlsx: annual-report.pdf: laying out", "dossier.xlsx: annual-report.pdf: writing",
        ];
        Assert.Equal(expected, run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain('\u001b', run.Error);
    }

    [Fact]
    public void On_a_terminal_a_live_display_shows_each_brief_and_diagnostics_are_printed_above_it_as_found()
    {
        var workbook = TestWorkbooks.Starter(_cli, "dossier.xlsx");
        var messy = _cli.CopyOfMessy();

        var outcome = _cli.Run(colour: true, "build", messy, workbook, "-t", "handout", "-o", _cli.File("briefs"), "--jobs", "1");

        Assert.Equal(ExitCode.InvalidInput, outcome.Code);
        Assert.Contains("\u001b[", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("messy.xlsx: handout.pdf: ", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("stopped", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("dossier.xlsx: handout.pdf: 1 page", outcome.Error, StringComparison.Ordinal);
        Assert.Contains($"{messy}: Claims!B17: ", outcome.Error, StringComparison.Ordinal);

        // The results, after the display's last frame, on standard output and uncoloured.
        Assert.Equal([$"{_cli.File("briefs/dossier/handout.pdf")}: 1 page", "Built 1 of 2 briefs."], outcome.Lines);
    }

    [Fact]
    public void Quiet_and_json_show_no_progress()
    {
        var workbook = TestWorkbooks.Starter(_cli, "dossier.xlsx");

        var quiet = _cli.Run(colour: true, "build", workbook, "-t", "handout", "-o", _cli.File("q.pdf"), "-q");
        var json = _cli.Run("build", workbook, "-t", "handout", "-o", _cli.File("j.pdf"), "--json");

        Assert.Equal(string.Empty, quiet.Error);
        Assert.Equal(string.Empty, json.Error);
        Assert.True(File.Exists(_cli.File("q.pdf")) && File.Exists(_cli.File("j.pdf")));
    }
}
