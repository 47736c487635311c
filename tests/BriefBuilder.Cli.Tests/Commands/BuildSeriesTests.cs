using BriefBuilder.Cli.Tests.Archival;

namespace BriefBuilder.Cli.Tests.Commands;

/// <summary>Dated series: one snapshot per date into snapshots/DATE.pdf, built in parallel, each with the bytes the same
/// date gives when built alone.</summary>
public sealed class BuildSeriesTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public BuildSeriesTests() => File.Copy(SampleVersions.Sample, Workbook);

    private string Workbook => _cli.File("artsakh-exodus-2023.xlsx");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Several_as_of_dates_build_one_snapshot_each_with_the_bytes_of_a_build_of_that_date_alone()
    {
        string[] dates = ["2023-10-01", "2023-12-31", "2024-04-15"];

        var series = _cli.Run(["build", Workbook, "-t", "archival-snapshot", "--out", _cli.File("series"), .. dates.SelectMany(d => new[] { "--as-of", d })]);

        Assert.Equal(ExitCode.Ok, series.Code);
        Assert.Equal("Built 3 of 3 briefs.", series.Lines[^1]);
        foreach (var date in dates)
        {
            Assert.Equal(ExitCode.Ok, _cli.Run("build", Workbook, "-t", "archival-snapshot", "--as-of", date, "--out", _cli.File($"alone-{date}")).Code);
            Assert.Equal(File.ReadAllBytes(_cli.File($"alone-{date}/archival-snapshot.pdf")), File.ReadAllBytes(_cli.File($"series/snapshots/{date}.pdf")));
        }
    }

    [Fact]
    public void Every_month_from_a_date_to_a_date_names_each_snapshot_by_its_date()
    {
        var outcome = _cli.Run("build", Workbook, "-t", "archival-snapshot", "--every", "month", "--from", "2023-10-31", "--to", "2024-01-31", "--out", _cli.File("monthly"));

        Assert.Equal(ExitCode.Ok, outcome.Code);
        Assert.Equal(["2023-10-31.pdf", "2023-11-30.pdf", "2023-12-31.pdf", "2024-01-31.pdf"],
            Directory.GetFiles(_cli.File("monthly/snapshots")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("--every", "fortnight", "--every")]
    [InlineData("--from", "2023-10-01", "--from and --to go with --every")]
    public void A_series_asked_for_wrongly_is_a_usage_error_naming_the_option(string option, string value, string named)
    {
        var outcome = _cli.Run("build", Workbook, "-t", "archival-snapshot", option, value, "--out", _cli.File("wrong"));

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains(named, outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.File("wrong")));
    }

    [Fact]
    public void A_workbook_named_after_the_as_of_option_is_the_workbook_not_a_second_date()
    {
        var outcome = _cli.Run("build", "--as-of", "2023-10-01", Workbook, "-t", "handout", "--out", _cli.File("one"));

        Assert.Equal(ExitCode.Ok, outcome.Code);
        Assert.True(File.Exists(_cli.File("one/handout.pdf")));
    }

    [Fact]
    public void Build_all_takes_one_as_of_date()
    {
        var outcome = _cli.Run("build-all", "--sources", _cli.Folder, "--out", _cli.File("all"), "--as-of", "2023-10-01", "--as-of", "2023-11-01");

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains("--as-of: one date here", outcome.Error, StringComparison.Ordinal);
    }
}
