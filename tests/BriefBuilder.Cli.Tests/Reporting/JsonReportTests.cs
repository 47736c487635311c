using System.Text.Json;
using UglyToad.PdfPig;

namespace BriefBuilder.Cli.Tests.Reporting;

/// <summary>`--json` prints one document of one shape for check, build, build-all, export and verify, alone on
/// standard output.</summary>
public sealed class JsonReportTests : IDisposable
{
    private static readonly string[] Members = ["command", "exitCode", "seconds", "errors", "warnings", "inputs", "files", "diagnostics"];

    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Build_reports_each_file_with_its_pages_and_bytes_and_the_workbooks_warning_at_its_cell()
    {
        var workbook = TestWorkbooks.WithOneWarning(_cli, "dossier.xlsx");

        var outcome = _cli.Run("build", workbook, "-t", "handout", "-t", "legislative-brief", "-o", _cli.File("briefs"), "--json");

        Assert.Equal(ExitCode.Ok, outcome.Code);
        using var json = JsonDocument.Parse(outcome.Output);
        var root = json.RootElement;
        Assert.Equal(Members, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("build", 0, 0, 1), (root.GetProperty("command").GetString(), root.GetProperty("exitCode").GetInt32(), root.GetProperty("errors").GetInt32(), root.GetProperty("warnings").GetInt32()));
        Assert.InRange(root.GetProperty("seconds").GetDouble(), 0.001, 600);
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal([_cli.File("briefs/handout.pdf"), _cli.File("briefs/legislative-brief.pdf")], files.Select(f => f.GetProperty("path").GetString()));
        foreach (var file in files)
        {
            var path = file.GetProperty("path").GetString()!;
            using var pdf = PdfDocument.Open(path);
            Assert.Equal(pdf.NumberOfPages, file.GetProperty("pages").GetInt32());
            Assert.Equal(new FileInfo(path).Length, file.GetProperty("bytes").GetInt64());
        }

        // The workbook's warning once, though two briefs were built from it.
        var warning = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("warning", workbook, "Claims"), (warning.GetProperty("severity").GetString(), warning.GetProperty("file").GetString(), warning.GetProperty("sheet").GetString()));
        Assert.Matches("^[A-Z]+1$", warning.GetProperty("cell").GetString());
        Assert.Contains("Mood", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("BB", warning.GetProperty("code").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reporting_command_prints_the_same_members_and_its_exit_code()
    {
        var workbook = TestWorkbooks.Starter(_cli, "sources/dossier.xlsx");
        var archival = _cli.File("archival.pdf");
        Assert.Equal(ExitCode.Ok, _cli.Run("build", workbook, "-t", "archival-snapshot", "-o", archival).Code);

        string[][] commands =
        [
            ["check", workbook, "--json"],
            ["build-all", "--sources", _cli.File("sources"), "--out", _cli.File("all"), "--json"],
            ["export", workbook, "--format", "csl-json", "-o", _cli.File("sources.json"), "--json"],
            ["verify", archival, "--json"],
        ];
        foreach (var args in commands)
        {
            var outcome = _cli.Run(args);

            using var json = JsonDocument.Parse(outcome.Output);
            var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(Members, names.Take(Members.Length));
            Assert.Equal(args[0], json.RootElement.GetProperty("command").GetString());
            Assert.Equal((int)outcome.Code, json.RootElement.GetProperty("exitCode").GetInt32());
            Assert.Equal(ExitCode.Ok, outcome.Code);
        }
    }

    [Fact]
    public void Verify_lists_its_checks_and_export_its_file()
    {
        var workbook = TestWorkbooks.Starter(_cli, "dossier.xlsx");
        var archival = _cli.File("archival.pdf");
        _cli.Run("build", workbook, "-t", "archival-snapshot", "-o", archival);

        using var verify = JsonDocument.Parse(_cli.Run("verify", archival, "--json").Output);
        using var export = JsonDocument.Parse(_cli.Run("export", workbook, "--csl-json", "-o", _cli.File("s.json"), "--json").Output);

        var checks = verify.RootElement.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(6, checks.Count);
        Assert.All(checks, c => Assert.True(c.GetProperty("passed").GetBoolean()));
        var file = Assert.Single(export.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal(new FileInfo(_cli.File("s.json")).Length, file.GetProperty("bytes").GetInt64());
        Assert.False(file.TryGetProperty("pages", out _));
    }

    [Fact]
    public void A_usage_error_under_json_is_a_document_too_with_exit_2()
    {
        var workbook = TestWorkbooks.Starter(_cli, "dossier.xlsx");

        var outcome = _cli.Run("build", workbook, "-t", "handout", "--paper", "a5", "--json");

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        using var json = JsonDocument.Parse(outcome.Output);
        var error = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("CLI001", error.GetProperty("code").GetString());
        Assert.Contains("--paper: 'a5' is not a4 or letter", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, json.RootElement.GetProperty("exitCode").GetInt32());
    }
}
