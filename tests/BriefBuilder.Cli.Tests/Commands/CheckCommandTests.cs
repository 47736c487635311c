using System.Text.Json;
using System.Text.RegularExpressions;
using BriefBuilder.Diagnostics;

namespace BriefBuilder.Cli.Tests.Commands;

public sealed partial class CheckCommandTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_clean_workbook_checks_with_exit_0_and_only_the_summary()
    {
        var clean = Reporting.TestWorkbooks.Starter(_cli, "clean.xlsx");

        var outcome = _cli.Run("check", clean);

        Assert.Equal(ExitCode.Ok, outcome.Code);
        Assert.Equal(["Checked 1 workbook: 0 errors, 0 warnings."], outcome.Lines);
        Assert.Empty(outcome.Error);
    }

    [Fact]
    public void A_fresh_starter_workbook_warns_of_the_example_disclaimer_and_contact_left_in()
    {
        _cli.Run("init", _cli.File("fresh.xlsx"));

        var outcome = _cli.Run("check", _cli.File("fresh.xlsx"));

        Assert.Equal(ExitCode.Ok, outcome.Code);
        Assert.Equal(2, outcome.ErrorLines.Count);
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith($"{_cli.File("fresh.xlsx")}: Brief!B", StringComparison.Ordinal) && l.Contains(": warning: Disclaimer is still the starter workbook's example", StringComparison.Ordinal));
        Assert.Contains(outcome.ErrorLines, l => l.Contains(": warning: Contact is still the starter workbook's example, 'briefs@example.org'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_messy_workbook_gets_one_line_per_problem_on_standard_error_the_summary_on_standard_output_and_exit_1()
    {
        var messy = _cli.CopyOfMessy();

        var outcome = _cli.Run("check", messy);

        Assert.Equal(ExitCode.InvalidInput, outcome.Code);
        var problems = outcome.ErrorLines;
        Assert.Equal(40, problems.Count);
        Assert.All(problems, line => Assert.Matches(DiagnosticLine(), line));
        Assert.All(problems, line => Assert.StartsWith($"{messy}: ", line, StringComparison.Ordinal));
        Assert.Contains($"{messy}: Claims!B17: error: Date: the Excel date 60 is not a calendar day: it is 1900-02-29, a day Excel counts but the calendar never had [{WorkbookCodes.BadDate}]", problems);
        Assert.Contains($"{messy}: Events: warning: the sheet 'Events' is hidden: it is read like a visible sheet [{WorkbookCodes.HiddenSheet}]", problems);
        Assert.Equal(["Checked 1 workbook: 25 errors, 15 warnings."], outcome.Lines);
    }

    [Fact]
    public void A_text_file_named_xlsx_is_unreadable_with_exit_2()
    {
        var path = _cli.File("claims.xlsx");
        File.WriteAllText(path, "ID,Date\nC1,2023-10-05\n");

        var outcome = _cli.Run("check", path);

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.StartsWith($"{path}: error: this is a text file", outcome.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("Checked 1 workbook: 1 error, 0 warnings.", outcome.Lines[^1]);
    }

    [Fact]
    public void Several_workbooks_are_checked_in_turn_and_the_worst_decides_the_exit_code()
    {
        var messy = _cli.CopyOfMessy();
        var clean = Reporting.TestWorkbooks.Starter(_cli, "clean.xlsx");

        var readable = _cli.Run("check", clean, messy);
        var oneMissing = _cli.Run("check", messy, _cli.File("missing.xlsx"));

        Assert.Equal(ExitCode.InvalidInput, readable.Code);
        Assert.Equal("Checked 2 workbooks: 25 errors, 15 warnings.", readable.Lines[^1]);
        Assert.Equal(ExitCode.UsageError, oneMissing.Code);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(_cli.File("missing.xlsx"))}: error: cannot open the file: no such file \[BB\d+\]$", oneMissing.ErrorLines[^1]);
    }

    [Fact]
    public void Json_reports_the_same_diagnostics_counts_and_exit_code()
    {
        var messy = _cli.CopyOfMessy();
        var text = _cli.Run("check", messy);

        var outcome = _cli.Run("check", "--json", messy);

        Assert.Equal(ExitCode.InvalidInput, outcome.Code);
        using var json = JsonDocument.Parse(outcome.Output);
        var root = json.RootElement;
        Assert.Equal("check", root.GetProperty("command").GetString());
        Assert.Equal(25, root.GetProperty("errors").GetInt32());
        Assert.Equal(15, root.GetProperty("warnings").GetInt32());
        Assert.Equal(1, root.GetProperty("exitCode").GetInt32());
        var workbook = root.GetProperty("inputs")[0];
        Assert.Equal(messy, workbook.GetProperty("file").GetString());
        Assert.True(workbook.GetProperty("readable").GetBoolean());
        Assert.Equal(25, workbook.GetProperty("errors").GetInt32());
        Assert.Empty(root.GetProperty("files").EnumerateArray());
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(text.ErrorLines, diagnostics.Select(AsLine));
        Assert.Empty(outcome.Error);
        Assert.Contains(diagnostics, d => d.GetProperty("code").GetString() == "BB033" && d.GetProperty("cell").GetString() == "H14");
    }

    [Fact]
    public void Json_for_an_unreadable_file_leaves_out_sheet_and_cell()
    {
        var path = _cli.File("old.xlsx");
        File.WriteAllBytes(path, []);

        var outcome = _cli.Run("check", path, "--json");

        using var json = JsonDocument.Parse(outcome.Output);
        var workbook = json.RootElement.GetProperty("inputs")[0];
        Assert.False(workbook.GetProperty("readable").GetBoolean());
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("BB002", diagnostic.GetProperty("code").GetString());
        Assert.False(diagnostic.TryGetProperty("sheet", out _));
        Assert.Equal(2, json.RootElement.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void Checking_never_changes_the_workbook()
    {
        var messy = _cli.CopyOfMessy();
        var past = new DateTime(2021, 6, 1, 12, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(messy, past);
        var before = File.ReadAllBytes(messy);

        _cli.Run("check", messy);
        _cli.Run("check", "--json", messy);

        Assert.Equal(before, File.ReadAllBytes(messy));
        Assert.Equal(past, File.GetLastWriteTimeUtc(messy));
    }

    [Fact]
    public void Check_without_a_workbook_is_a_usage_error_on_standard_error()
    {
        var outcome = _cli.Run("check");

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Empty(outcome.Output);
        Assert.Contains("Required argument missing", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("briefbuilder --help", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        Assert.Equal(ExitCode.UsageError, _cli.Run("check", "--colour", _cli.CopyOfMessy()).Code);
    }

    private static string AsLine(JsonElement d)
    {
        var place = d.TryGetProperty("sheet", out var sheet)
            ? d.TryGetProperty("cell", out var cell) ? $"{sheet.GetString()}!{cell.GetString()}: " : $"{sheet.GetString()}: "
            : string.Empty;
        return $"{d.GetProperty("file").GetString()}: {place}{d.GetProperty("severity").GetString()}: {d.GetProperty("message").GetString()} [{d.GetProperty("code").GetString()}]";
    }

    // file: Sheet!Cell: severity: message [code], the sheet and cell where they apply.
    [GeneratedRegex(@"^[^:]+\.xlsx: (?:[A-Za-z' ]+(?:![A-Z]+[0-9]+)?: )?(?:error|warning): \S.* \[BB\d{3}\]$")]
    private static partial Regex DiagnosticLine();
}
