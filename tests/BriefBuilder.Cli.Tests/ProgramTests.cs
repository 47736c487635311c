namespace BriefBuilder.Cli.Tests;

public sealed class ProgramTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Help_lists_the_commands_and_exits_0()
    {
        var outcome = _cli.Run("--help");

        Assert.Equal(ExitCode.Ok, outcome.Code);
        Assert.Contains("check <workbook>", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("init <path>", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_or_an_unknown_one_is_a_usage_error()
    {
        Assert.Equal(ExitCode.UsageError, _cli.Run().Code);
        Assert.Equal(ExitCode.UsageError, _cli.Run("chekc", "x.xlsx").Code);
    }
}
