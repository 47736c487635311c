namespace BriefBuilder.Cli.Tests.Commands;

/// <summary>One exit code per kind of failure, whatever the command or option: 2 for the command line, 3 for output
/// that cannot be written; each with a message and no stack trace.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("--lang", "de", "--lang: no language 'de'; the languages are en, fr, hy")]
    [InlineData("--lang", "FR ", "--lang: no language 'FR '")]
    [InlineData("--paper", "a5", "--paper: 'a5' is not a4 or letter; did you mean 'a4'?")]
    [InlineData("--year", "24", "--year: '24' is not a year written with four digits (YYYY); for 2024, write --year 2024")]
    [InlineData("--year", "12345", "--year: '12345' is not a year written with four digits")]
    [InlineData("--jobs", "0", "--jobs: '0' is not a number of briefs to build at once")]
    public void A_bad_option_value_is_a_usage_error_with_a_message_and_nothing_is_written(string option, string value, string message)
    {
        var workbook = Reporting.TestWorkbooks.Starter(_cli, "dossier.xlsx");

        var outcome = _cli.Run("build", workbook, "-t", "annual-report", option, value, "-o", _cli.File("briefs"));

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains($"briefbuilder build: {message}", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.File("briefs")));
    }

    [Theory]
    [InlineData("build", "-t", "handout")]
    [InlineData("export", "--format", "csv")]
    [InlineData("build-all")]
    [InlineData("watch", "-t", "handout")]
    public void An_empty_output_path_is_a_usage_error_not_the_working_folder(string command, params string[] rest)
    {
        var workbook = Reporting.TestWorkbooks.Starter(_cli, "dossier.xlsx");
        string[] args = command == "build-all" ? [command, "--sources", _cli.Folder, "-o", " "] : [command, workbook, .. rest, "-o", ""];

        var outcome = _cli.Run(args);

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Equal(["briefbuilder: --out: the path is empty; give a file or a folder, or leave out --out for the default"], outcome.ErrorLines.SkipLast(1));
    }

    [Fact]
    public void Output_that_cannot_be_written_is_exit_3_naming_the_path()
    {
        var workbook = Reporting.TestWorkbooks.Starter(_cli, "dossier.xlsx");
        File.WriteAllText(_cli.File("notes.txt"), "mine");

        var build = _cli.Run("build", workbook, "-t", "handout", "-o", _cli.File("notes.txt/brief.pdf"));
        var export = _cli.Run("export", workbook, "--csl-json", "-o", _cli.File("notes.txt/sources.json"));

        Assert.Equal(ExitCode.OutputUnwritable, build.Code);
        Assert.Contains($"{_cli.File("notes.txt/brief.pdf")}: error: cannot make the folder", build.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCode.OutputUnwritable, export.Code);
        Assert.Equal("mine", File.ReadAllText(_cli.File("notes.txt")));
    }

    [Fact]
    public void Out_ending_in_pdf_names_the_file_of_one_brief_and_is_refused_for_several()
    {
        var workbook = Reporting.TestWorkbooks.Starter(_cli, "dossier.xlsx");

        var one = _cli.Run("build", workbook, "-t", "handout", "-o", _cli.File("mine.pdf"));
        var two = _cli.Run("build", workbook, "-t", "handout", "-t", "annual-report", "-o", _cli.File("both.pdf"));

        Assert.Equal(ExitCode.Ok, one.Code);
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(_cli.File("mine.pdf"))[..5]);
        Assert.Equal(ExitCode.UsageError, two.Code);
        Assert.Contains($"--out {_cli.File("both.pdf")}: names one file, but 2 briefs would be written; give a folder", two.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.File("both.pdf")) || Directory.Exists(_cli.File("both.pdf")));
    }

    [Fact]
    public void Several_workbooks_and_templates_build_each_pair_into_a_folder_per_workbook()
    {
        var first = Reporting.TestWorkbooks.Starter(_cli, "first.xlsx");
        var second = Reporting.TestWorkbooks.Starter(_cli, "second.xlsx");

        var outcome = _cli.Run("build", first, second, "-t", "handout", "-t", "annual-report", "-o", _cli.File("briefs"));

        Assert.Equal(ExitCode.Ok, outcome.Code);
        string[] expected = ["first/annual-report.pdf", "first/handout.pdf", "second/annual-report.pdf", "second/handout.pdf"];
        Assert.Equal(expected, Directory.GetFiles(_cli.File("briefs"), "*.pdf", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_cli.File("briefs"), f)).Order(StringComparer.Ordinal));
        Assert.Equal("Built 4 of 4 briefs.", outcome.Lines[^1]);
    }

    [Theory]
    [InlineData(new[] { "build", "x.xlsx", "-t", "handout", "--jobs", "abc" }, "briefbuilder: --jobs: 'abc' is not a whole number")]
    [InlineData(new[] { "build", "x.xlsx", "-t", "handout", "--year", "MMXXIV" }, "briefbuilder: --year: 'MMXXIV' is not a whole number")]
    [InlineData(new[] { "watch", "missing.xlsx", "-t", "handout" }, "briefbuilder watch: missing.xlsx: no such file to watch")]
    [InlineData(new[] { "verify", "." }, "briefbuilder verify: .: is a folder, not a PDF")]
    public void Words_the_command_cannot_use_are_usage_errors_in_plain_words(string[] args, string message)
    {
        var outcome = _cli.Run(args);

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains(message, outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", outcome.Error, StringComparison.Ordinal);
    }
}
