namespace BriefBuilder.Cli.Tests.Commands;

/// <summary>`build-all --jobs N` builds several briefs at once; what it writes does not depend on N.</summary>
public sealed class BuildAllJobsTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void One_job_at_a_time_and_three_at_once_write_the_same_files_to_the_byte_and_report_them_in_the_same_order()
    {
        Reporting.TestWorkbooks.Starter(_cli, "sources/alpha.xlsx");
        Reporting.TestWorkbooks.Starter(_cli, "sources/beta.xlsx");

        var one = _cli.Run("build-all", "--sources", _cli.File("sources"), "--out", _cli.File("one"), "--jobs", "1");
        var three = _cli.Run("build-all", "--sources", _cli.File("sources"), "--out", _cli.File("three"), "-j", "3");

        Assert.Equal(ExitCode.Ok, one.Code);
        Assert.Equal(ExitCode.Ok, three.Code);
        var files = Directory.GetFiles(_cli.File("one"), "*.pdf", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_cli.File("one"), f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(8, files.Count);
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(_cli.File("one"), file)), File.ReadAllBytes(Path.Combine(_cli.File("three"), file)));
        }

        Assert.Equal(one.Output.Replace(_cli.File("one"), "OUT", StringComparison.Ordinal), three.Output.Replace(_cli.File("three"), "OUT", StringComparison.Ordinal));
    }
}
