using BriefBuilder.Cli.Tests.Processes;

namespace BriefBuilder.Cli.Tests.Reporting;

/// <summary>The real process on a real terminal (a pseudo-terminal that `script` opens): colour and the live display
/// there, plain lines under NO_COLOR; and `--json` alone on standard output.</summary>
public sealed class TerminalTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void On_a_terminal_problems_are_coloured_and_NO_COLOR_makes_them_plain()
    {
        var messy = _cli.CopyOfMessy();
        var command = $"dotnet '{Path.Combine(AppContext.BaseDirectory, "briefbuilder.dll")}' check '{messy}'";

        var coloured = ToolProcess.Run("script", ["-qec", command, "/dev/null"], _cli.Folder, ("NO_COLOR", null), ("TERM", "xterm"));
        var plain = ToolProcess.Run("script", ["-qec", command, "/dev/null"], _cli.Folder, ("NO_COLOR", "1"), ("TERM", "xterm"));

        Assert.True(coloured.Code == 1, coloured.ToString());
        Assert.Contains("\u001b[1;31merror\u001b[0m", coloured.Output, StringComparison.Ordinal);
        Assert.True(plain.Code == 1, plain.ToString());
        Assert.Contains($"{messy}: Claims!B17: error: ", plain.Output, StringComparison.Ordinal);
        // .NET itself may switch the terminal's keypad mode; no colour (SGR) sequence may appear.
        Assert.DoesNotMatch(@"\x1b\[[0-9;]*m", plain.Output);
    }

    [Fact]
    public void Json_from_a_real_process_is_the_whole_of_standard_output_and_standard_error_stays_empty()
    {
        var workbook = TestWorkbooks.Starter(_cli, "dossier.xlsx");

        var run = ToolProcess.Briefbuilder(_cli.Folder, "build", workbook, "-t", "handout", "-o", "brief.pdf", "--json");

        Assert.True(run.Code == 0, run.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        Assert.Equal("brief.pdf", json.RootElement.GetProperty("files")[0].GetProperty("path").GetString());
        Assert.Empty(run.Error);
    }
}
