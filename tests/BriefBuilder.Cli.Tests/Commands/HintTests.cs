using BriefBuilder.Diagnostics;
using BriefBuilder.Cli.Tests.Processes;

namespace BriefBuilder.Cli.Tests.Commands;

/// <summary>"Did you mean" for a misspelt command or option; an unknown option is never taken for a file name.</summary>
public sealed class HintTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData(new[] { "chekc", "x.xlsx" }, "unknown command 'chekc'; did you mean 'check'?")]
    [InlineData(new[] { "biuld-all" }, "unknown command 'biuld-all'; did you mean 'build-all'?")]
    [InlineData(new[] { "check", "--jsn", "x.xlsx" }, "unknown option '--jsn' for 'check'; did you mean '--json'?")]
    [InlineData(new[] { "build", "x.xlsx", "-t", "handout", "--paperr", "a4" }, "unknown option '--paperr' for 'build'; did you mean '--paper'?")]
    [InlineData(new[] { "export", "x.xlsx", "--fromat", "csv" }, "unknown option '--fromat' for 'export'; did you mean '--format'?")]
    public void A_misspelt_word_is_a_usage_error_naming_the_nearest_one(string[] args, string message)
    {
        var outcome = _cli.Run(args);

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains($"briefbuilder: {message}", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot open the file", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(outcome.Output);
    }

    [Fact]
    public void A_file_whose_name_starts_with_a_dash_is_still_a_file()
    {
        Reporting.TestWorkbooks.Starter(_cli, "-dossier.xlsx");

        var named = ToolProcess.Briefbuilder(_cli.Folder, "check", "-dossier.xlsx");
        var afterDashes = ToolProcess.Briefbuilder(_cli.Folder, "check", "--", "-dossier.xlsx");

        Assert.True(named.Code == 0, named.ToString());
        Assert.True(afterDashes.Code == 0, afterDashes.ToString());
    }

    [Fact]
    public void An_unknown_export_format_names_the_nearest()
    {
        var path = Reporting.TestWorkbooks.Starter(_cli, "dossier.xlsx");

        var outcome = _cli.Run("export", path, "--format", "csljson");

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains("--format: no format 'csljson'; the formats are csl-json", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'csl-json'?", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_stance_key_is_reported_at_its_cell_with_the_key_it_nearly_is()
    {
        var (path, key, cell) = Reporting.TestWorkbooks.WithMisspeltStance(_cli, "dossier.xlsx");

        var outcome = _cli.Run("check", path);

        Assert.Equal(ExitCode.InvalidInput, outcome.Code);
        Assert.Contains($"{path}: Claims!{cell}: error: no stance has the key '{key[..^1]}' (did you mean '{key}'?) [{ValidationCodes.UnknownReference}]", outcome.ErrorLines);
    }
}
