using System.Text.Json;

namespace BriefBuilder.Robustness.Tests.NothingLost;

/// <summary>Pipes and terminals are files too: a workbook piped in is read, and output asked for on a link to standard
/// output goes through it, the link left a link.</summary>
public sealed class StandardStreamsTests : TestFolder
{
    [Fact]
    public void A_workbook_piped_to_dev_stdin_is_checked()
    {
        var workbook = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "corpus", "workbooks", "duplicate-row.xlsx"));

        using var check = CliProcess.Start(Folder, ["check", "/dev/stdin"], input: workbook);
        check.WaitForExit();

        Assert.True(check.ExitCode == 1, check.Output);
        Assert.Contains("/dev/stdin: Claims!A2: error: row 2 is stored twice", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_to_a_link_to_standard_output_writes_through_it_and_keeps_the_link()
    {
        CorpusWorkbook("clean.xlsx", "dossier.xlsx");
        var link = Path.Combine(Folder, "stdout");
        File.CreateSymbolicLink(link, "/proc/self/fd/1");

        using var export = CliProcess.Run(Folder, "export", "--csl-json", "dossier.xlsx", "--out", link);

        Assert.True(export.ExitCode == 0, export.Output);
        using var json = JsonDocument.Parse(export.Output);
        Assert.Equal(["S1", "S2", "S3"], json.RootElement.EnumerateArray().Select(item => item.GetProperty("id").GetString()));
        Assert.Equal("/proc/self/fd/1", new FileInfo(link).LinkTarget);
    }
}
