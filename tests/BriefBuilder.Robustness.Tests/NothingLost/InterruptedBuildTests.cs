using System.Diagnostics;

namespace BriefBuilder.Robustness.Tests.NothingLost;

/// <summary>A build stopped by a signal at any moment, mid-write included, leaves the previous brief as it was and no
/// temporary file; two builds of one brief at once both finish it whole.</summary>
public sealed class InterruptedBuildTests : TestFolder
{
    private const string Template = "archival-snapshot";
    private const int SignalFileSizeExceeded = 25;

    private readonly string _workbook;
    private readonly string _out;
    private readonly string _brief;

    public InterruptedBuildTests()
    {
        _workbook = CorpusWorkbook("year-9999.xlsx", "dossier.xlsx");
        _out = Path.Combine(Folder, "out");
        _brief = Path.Combine(_out, Template + ".pdf");
    }

    [Fact]
    public void A_build_killed_by_a_signal_mid_write_leaves_the_previous_brief_and_no_temporary_file()
    {
        var previous = PreviousBrief();

        // The file size limit (ulimit -f, in 512-byte blocks) stops the process with SIGXFSZ when the PDF's write
        // passes 4 KB: exactly mid-write, whatever the machine's speed.
        using var build = CliProcess.Start(Folder, Build(), wrapper: "ulimit -f 8");
        build.WaitForExit();

        Assert.True(build.ExitCode == 128 + SignalFileSizeExceeded, $"exit {build.ExitCode}, not killed by SIGXFSZ:\n{build.Output}");
        previous.AssertUnchanged(_brief, "a build stopped mid-write");
        Assert.Equal([Template + ".pdf"], FileState.Listing(_out));
    }

    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_previous_brief_or_the_new_one_whole_and_no_temporary_file()
    {
        var previous = PreviousBrief().Bytes;
        var reference = Path.Combine(Folder, "reference");
        var clock = Stopwatch.StartNew();
        using (var full = CliProcess.Run(Folder, "build", _workbook, "-t", Template, "--out", reference))
        {
            Assert.True(full.ExitCode == 0, full.Output);
        }

        var whole = clock.Elapsed;
        var built = File.ReadAllBytes(Path.Combine(reference, Template + ".pdf"));

        // Kills spread over a whole build's time, from start-up to the rename; the previous brief is put back each time.
        for (var i = 1; i <= 6; i++)
        {
            File.WriteAllBytes(_brief, previous);
            using var build = CliProcess.Start(Folder, Build());
            Thread.Sleep(whole * i / 7);
            build.Kill();

            var now = File.ReadAllBytes(_brief);
            Assert.True(now.AsSpan().SequenceEqual(previous) || now.AsSpan().SequenceEqual(built), $"kill {i} of 6: the brief is neither the previous one nor the new one whole");
            Assert.Equal([Template + ".pdf"], FileState.Listing(_out));
        }
    }

    [Fact]
    public void Two_builds_of_the_same_brief_at_once_both_finish_it_whole()
    {
        var reference = Path.Combine(Folder, "reference");
        using (var alone = CliProcess.Run(Folder, "build", _workbook, "-t", Template, "--out", reference))
        {
            Assert.True(alone.ExitCode == 0, alone.Output);
        }

        using var first = CliProcess.Start(Folder, Build());
        using var second = CliProcess.Start(Folder, Build());
        first.WaitForExit();
        second.WaitForExit();

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Equal(File.ReadAllBytes(Path.Combine(reference, Template + ".pdf")), File.ReadAllBytes(_brief));
        Assert.Equal([Template + ".pdf"], FileState.Listing(_out));
    }

    private string[] Build() => ["build", _workbook, "-t", Template, "--out", _out];

    // A brief already in place, different from the one the builds write (another template's, under this name).
    private FileState PreviousBrief()
    {
        using (var handout = CliProcess.Run(Folder, "build", _workbook, "-t", "handout", "--out", _out))
        {
            Assert.True(handout.ExitCode == 0, handout.Output);
        }

        File.Move(Path.Combine(_out, "handout.pdf"), _brief);
        return FileState.Of(_brief);
    }
}
