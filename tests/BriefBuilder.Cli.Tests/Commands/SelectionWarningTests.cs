namespace BriefBuilder.Cli.Tests.Commands;

/// <summary>A --year or --as-of that leaves a brief empty is built, with a warning saying what the record spans.</summary>
public sealed class SelectionWarningTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "workbooks", "artsakh-exodus-2023.xlsx");

    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_year_without_statements_and_an_as_of_before_the_record_are_warnings_that_give_its_span()
    {
        var year = _cli.Run("build", Sample, "-t", "annual-report", "--year", "2013", "-o", _cli.File("2013.pdf"));
        var asOf = _cli.Run("build", Sample, "-t", "handout", "--as-of", "1990-01-01", "-o", _cli.File("1990.pdf"), "--fail-on-warnings");
        var fine = _cli.Run("build", Sample, "-t", "annual-report", "--year", "2023", "-o", _cli.File("2023.pdf"));

        Assert.Equal(ExitCode.Ok, year.Code);
        Assert.Contains("--year: warning: the record has no statement of 2013, dated or undated (its dates run from 2020-11-09 to 2024-04-15)", year.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(_cli.File("2013.pdf")));
        Assert.Equal(ExitCode.InvalidInput, asOf.Code);
        Assert.Contains("--as-of: warning: the record dates nothing on or before 1990-01-01", asOf.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", fine.Error, StringComparison.Ordinal);
    }
}
