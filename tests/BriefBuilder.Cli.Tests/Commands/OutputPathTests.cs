using BriefBuilder.Cli.Tests.Archival;

namespace BriefBuilder.Cli.Tests.Commands;

/// <summary>Where briefs go when --out or a workbook's name points somewhere they cannot.</summary>
public sealed class OutputPathTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Out_naming_an_existing_file_not_ending_in_pdf_is_a_usage_error_that_says_what_out_takes()
    {
        var workbook = _cli.CopyOfMessy();
        File.WriteAllText(_cli.File("notes.txt"), "mine");

        var outcome = _cli.Run("build", workbook, "-t", "handout", "--out", _cli.File("notes.txt"));

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains($"--out {_cli.File("notes.txt")}: is a file, but --out names a folder to write into (or, ending in .pdf, the one brief built)", outcome.Error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(_cli.File("notes.txt")));
    }

    [Fact]
    public void A_brief_over_its_page_budget_leaves_the_file_at_its_path_as_it_was_and_nothing_beside_it()
    {
        // The brief is written as it is laid out; the budget is known to fail only after the last page.
        var template = _cli.File("tight.yaml");
        File.WriteAllText(template, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "archival-snapshot.yaml")) + "page-budget: 1\n");
        Directory.CreateDirectory(_cli.File("out"));
        File.WriteAllText(_cli.File("out/tight.pdf"), "the last good brief");

        var outcome = _cli.Run("build", SampleVersions.Sample, "-t", template, "--out", _cli.File("out"));

        Assert.Equal(ExitCode.InvalidInput, outcome.Code);
        Assert.Contains("pages over the 1 that the template 'tight' budgets", outcome.Error, StringComparison.Ordinal);
        Assert.Equal("the last good brief", File.ReadAllText(_cli.File("out/tight.pdf")));
        Assert.Equal(["tight.pdf"], Directory.GetFileSystemEntries(_cli.File("out")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_workbook_whose_name_is_dot_dot_is_refused_and_nothing_is_written_outside_out()
    {
        Directory.CreateDirectory(_cli.File("sources"));
        Assert.Equal(ExitCode.Ok, _cli.Run("init", _cli.File("sources/....xlsx")).Code);
        File.Move(_cli.File("sources/....xlsx"), _cli.File("sources/...xlsx"));

        var outcome = _cli.Run("build-all", "--sources", _cli.File("sources"), "--out", _cli.File("out/briefs"));

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains("the workbook's name '..' cannot name a folder inside", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.File("out")) && Directory.EnumerateFiles(_cli.File("out"), "*.pdf", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void An_unknown_limit_is_a_usage_error_that_lists_the_limits()
    {
        var outcome = _cli.Run("check", _cli.CopyOfMessy(), "--limit", "cells-per-row=5");

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains("no limit 'cells-per-row'; the limits are file-bytes, part-bytes", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_set_on_the_command_line_is_the_one_the_reader_applies_and_names()
    {
        var outcome = _cli.Run("check", _cli.CopyOfMessy(), "--limit", "cell-characters=5");

        Assert.Equal(ExitCode.InvalidInput, outcome.Code);
        Assert.Contains("the cell holds more than 5 characters", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("raise it with --limit cell-characters=N", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_past_the_limit_of_one_code_are_counted_in_one_line()
    {
        var messy = _cli.CopyOfMessy();
        var all = _cli.Run("check", messy, "--limit", "cell-characters=5");
        var capped = _cli.Run("check", messy, "--limit", "cell-characters=5", "--limit", "diagnostics=2");

        var long1 = all.ErrorLines.Count(l => l.Contains("the cell holds more than 5 characters", StringComparison.Ordinal));
        Assert.True(long1 > 3, "the messy workbook has more than three long cells at this limit");
        Assert.Equal(2, capped.ErrorLines.Count(l => l.Contains("the cell holds more than 5 characters", StringComparison.Ordinal)));
        Assert.Contains(capped.ErrorLines, l => l.Contains($"{long1 - 2} more BB036 errors like the ones above", StringComparison.Ordinal));
        Assert.Equal(all.Lines[^1], capped.Lines[^1]);
    }
}
