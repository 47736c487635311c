namespace BriefBuilder.Cli.Tests.Output;

public sealed class DiagnosticRendererTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Colour_is_used_only_when_standard_error_is_an_interactive_terminal()
    {
        var messy = _cli.CopyOfMessy();

        var plain = _cli.Run(colour: false, "check", messy);
        var coloured = _cli.Run(colour: true, "check", messy);

        Assert.DoesNotContain('\u001b', plain.Error);
        Assert.Contains("\u001b[", coloured.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', coloured.Output);
        Assert.Equal(plain.ErrorLines.Count, coloured.ErrorLines.Count);
        Assert.Contains("'Titel' is not a Brief field (did you mean 'Title'?): ignored", coloured.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_are_written_in_the_singular_for_one()
    {
        var path = _cli.File("empty.xlsx");
        File.WriteAllBytes(path, []);

        Assert.Equal("Checked 1 workbook: 1 error, 0 warnings.", _cli.Run("check", path).Lines[^1]);
    }
}
