using BriefBuilder.Workbooks;

namespace BriefBuilder.Robustness.Tests.NothingLost;

/// <summary>`init` never writes over a file: not one that is there, and not one that another init makes meanwhile.</summary>
public sealed class InitTests : TestFolder
{
    [Fact]
    public void Init_leaves_an_existing_file_as_it_was()
    {
        var path = Path.Combine(Folder, "dossier.xlsx");
        File.WriteAllText(path, "mine");
        var before = FileState.Of(path);

        using var init = CliProcess.Run(Folder, "init", path);

        Assert.Equal(2, init.ExitCode);

        before.AssertUnchanged(path, "init");
    }

    [Fact]
    public void Of_two_inits_of_one_new_path_at_once_one_writes_it_whole_and_the_other_refuses()
    {
        var path = Path.Combine(Folder, "dossier.xlsx");
        using var first = CliProcess.Start(Folder, ["init", path]);
        using var second = CliProcess.Start(Folder, ["init", path]);
        first.WaitForExit();
        second.WaitForExit();

        Assert.True(new[] { first.ExitCode, second.ExitCode }.Order().SequenceEqual([0, 2]), first.Output + second.Output);
        Assert.Equal(["dossier.xlsx"], FileState.Listing(Folder));
        Assert.False(WorkbookReader.Read(path).IsUnreadable);
    }
}
