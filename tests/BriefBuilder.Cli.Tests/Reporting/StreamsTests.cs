using BriefBuilder.Cli.Tests.Processes;

namespace BriefBuilder.Cli.Tests.Reporting;

/// <summary>Results on standard output, diagnostics on standard error, as a real process: `build ... >/dev/null` still
/// shows every problem, and nothing is coloured when standard error is not a terminal.</summary>
public sealed class StreamsTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_build_with_errors_prints_them_on_standard_error_plain_and_nothing_of_them_on_standard_output()
    {
        var messy = _cli.CopyOfMessy();

        var run = ToolProcess.Briefbuilder(_cli.Folder, "build", messy, "-t", "handout", "-o", "briefs");

        Assert.True(run.Code == 1, run.ToString());
        Assert.DoesNotContain(messy, run.Output, StringComparison.Ordinal);
        Assert.Equal("Built 0 of 1 brief.\n", run.Output);
        Assert.Contains($"{messy}: Claims!B17: error: Date: the Excel date 60 is not a calendar day", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Error);
    }

    [Fact]
    public void A_clean_build_says_what_it_wrote_on_standard_output()
    {
        var workbook = TestWorkbooks.Starter(_cli, "dossier.xlsx");

        var run = ToolProcess.Briefbuilder(_cli.Folder, "build", workbook, "-t", "handout", "-o", "brief.pdf");

        Assert.True(run.Code == 0, run.ToString());
        Assert.Matches(@"^brief\.pdf: [0-9]+ pages?\nBuilt 1 of 1 brief\.\n$", run.Output);
        Assert.True(File.Exists(_cli.File("brief.pdf")));
    }

    [Fact]
    public void Quiet_prints_nothing_when_all_is_well_and_only_errors_when_not()
    {
        var warned = TestWorkbooks.WithOneWarning(_cli, "warned.xlsx");
        var messy = _cli.CopyOfMessy();

        var clean = _cli.Run("build", warned, "-t", "handout", "-o", _cli.File("brief.pdf"), "--quiet");
        var failing = _cli.Run("check", messy, "-q");

        Assert.Equal(ExitCode.Ok, clean.Code);
        Assert.Equal(string.Empty, clean.Output + clean.Error);
        Assert.True(File.Exists(_cli.File("brief.pdf")));
        Assert.Equal(ExitCode.InvalidInput, failing.Code);
        Assert.Empty(failing.Output);
        Assert.Equal(25, failing.ErrorLines.Count);
        Assert.All(failing.ErrorLines, line => Assert.Contains(": error: ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Fail_on_warnings_turns_a_warning_into_exit_1_but_keeps_the_brief()
    {
        var warned = TestWorkbooks.WithOneWarning(_cli, "warned.xlsx");

        var check = _cli.Run("check", warned);
        var strict = _cli.Run("check", warned, "--fail-on-warnings");
        var build = _cli.Run("build", warned, "-t", "handout", "-o", _cli.File("brief.pdf"), "--fail-on-warnings");

        Assert.Equal(ExitCode.Ok, check.Code);
        Assert.Equal(ExitCode.InvalidInput, strict.Code);
        Assert.Contains("1 warning, and --fail-on-warnings", strict.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCode.InvalidInput, build.Code);
        Assert.True(File.Exists(_cli.File("brief.pdf")));
    }

    [Fact]
    public void Build_all_prints_a_workbooks_diagnostics_once_whatever_the_number_of_templates()
    {
        Directory.CreateDirectory(_cli.File("sources"));
        File.Copy(CommandLine.MessyWorkbook, _cli.File("sources/messy.xlsx"));
        var check = _cli.Run("check", _cli.File("sources/messy.xlsx"));

        var all = _cli.Run("build-all", "--sources", _cli.File("sources"), "--out", _cli.File("out"));

        Assert.Equal(ExitCode.InvalidInput, all.Code);
        Assert.Equal(check.ErrorLines, all.ErrorLines.Where(line => line.Contains(": error: ", StringComparison.Ordinal) || line.Contains(": warning: ", StringComparison.Ordinal)));
        Assert.Equal("Built 0 of 4 briefs.", Assert.Single(all.Lines));
    }
}
