namespace BriefBuilder.Cli.Tests.Commands;

public sealed class InitCommandTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Init_writes_a_starter_workbook_that_checks_clean()
    {
        var path = _cli.File("dossier.xlsx");

        var outcome = _cli.Run("init", path);

        Assert.Equal(ExitCode.Ok, outcome.Code);
        Assert.Contains($"Wrote {path}", outcome.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCode.Ok, _cli.Run("check", path).Code);
    }

    [Fact]
    public void Init_refuses_to_overwrite_and_leaves_the_file_untouched()
    {
        var path = _cli.CopyOfMessy("dossier.xlsx");
        var past = new DateTime(2022, 3, 4, 5, 6, 7, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, past);
        var before = File.ReadAllBytes(path);

        var outcome = _cli.Run("init", path);

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains("already exists", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(past, File.GetLastWriteTimeUtc(path));
    }

    [Theory]
    [InlineData("dossier.csv", "must end in .xlsx")]
    [InlineData("no-such-folder/dossier.xlsx", "does not exist")]
    public void Init_refuses_paths_it_cannot_write_a_workbook_to(string name, string reason)
    {
        var outcome = _cli.Run("init", _cli.File(name));

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains(reason, outcome.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_cli.Folder));
    }
}
