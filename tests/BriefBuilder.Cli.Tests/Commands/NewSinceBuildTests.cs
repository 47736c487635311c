using BriefBuilder.Cli.Tests.Archival;
using BriefBuilder.Layout.Tests.Demo;

namespace BriefBuilder.Cli.Tests.Commands;

/// <summary>"New since": a brief built against an earlier snapshot, named by `--since` or by the template.</summary>
public sealed class NewSinceBuildTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public NewSinceBuildTests()
    {
        File.Copy(SampleVersions.Sample, Workbook);
        var early = _cli.Run("build", Workbook, "-t", "archival-snapshot", "--as-of", "2023-10-01", "--out", _cli.File("early"));
        Assert.Equal(ExitCode.Ok, early.Code);
    }

    private string Workbook => _cli.File("artsakh-exodus-2023.xlsx");

    private string Early => _cli.File("early/archival-snapshot.pdf");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Since_an_earlier_snapshot_the_handout_leads_with_the_newest_statements_and_counts_the_rest()
    {
        // The sample fills the handout's two pages without it, so this copy lets the brief run over.
        var handout = _cli.File("handout.yaml");
        File.WriteAllText(handout, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "handout.yaml")) + "allow-overflow: true\n");

        var outcome = _cli.Run("build", Workbook, "-t", handout, "--since", Early, "--out", _cli.File("since"));

        Assert.True(outcome.Code == ExitCode.Ok, outcome.Output + outcome.Error);
        var text = Text(_cli.File("since/handout.pdf"));
        Assert.Contains("New since 1 October 2023", text, StringComparison.Ordinal);
        Assert.Contains("Statements not in the snapshot archival-snapshot.pdf", text, StringComparison.Ordinal);
        Assert.Matches(@"… and \d+ statements more, in the other briefs\.", text);
        Assert.True(text.IndexOf("New since", StringComparison.Ordinal) < text.IndexOf("Bottom line", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_can_name_the_earlier_snapshot_and_a_file_that_is_none_stops_the_build_at_the_template()
    {
        File.WriteAllText(_cli.File("since.yaml"), "sections:\n  - cover\n  - new-since: { snapshot: early/archival-snapshot.pdf }\n");
        File.WriteAllText(_cli.File("wrong.yaml"), "sections:\n  - cover\n  - new-since: { snapshot: artsakh-exodus-2023.xlsx }\n");

        var named = _cli.Run("build", Workbook, "-t", _cli.File("since.yaml"), "--out", _cli.File("named"));
        var wrong = _cli.Run("build", Workbook, "-t", _cli.File("wrong.yaml"), "--out", _cli.File("wrong"));

        Assert.Equal(ExitCode.Ok, named.Code);
        Assert.Contains("New since 1 October 2023", Text(_cli.File("named/since.pdf")), StringComparison.Ordinal);
        Assert.Equal(ExitCode.InvalidInput, wrong.Code);
        Assert.Contains($"{_cli.File("wrong.yaml")}: error: new-since.snapshot:", wrong.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.File("wrong/wrong.pdf")));
    }

    [Fact]
    public void Since_a_file_that_is_no_snapshot_is_a_usage_error_naming_the_option()
    {
        var outcome = _cli.Run("build", Workbook, "-t", "handout", "--since", Workbook, "--out", _cli.File("since"));

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains("--since:", outcome.Error, StringComparison.Ordinal);
    }

    private static string Text(string pdf)
    {
        var (code, text) = Tools.Run("pdftotext", pdf, "-");
        Assert.Equal(0, code);
        return text;
    }
}
