using BriefBuilder.Diagnostics;

namespace BriefBuilder.Cli.Tests.Commands;

/// <summary>A date written in a common non-EDTF way is refused at its cell with its EDTF form.</summary>
public sealed class DateHintTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("15/09/2023", "in EDTF: 2023-09-15")]
    [InlineData("09/15/2023", "in EDTF: 2023-09-15")]
    [InlineData("05/09/2023", "in EDTF: 2023-09-05 if the day comes first, 2023-05-09 if the month does")]
    [InlineData("15.09.23", "in EDTF: 2023-09-15")]
    [InlineData("2023/09/15", "in EDTF: 2023-09-15")]
    [InlineData("5 March 2024", "in EDTF: 2024-03-05")]
    [InlineData("March 5, 2024", "in EDTF: 2024-03-05")]
    [InlineData("Sept. 2023", "in EDTF: 2023-09")]
    [InlineData("45184", "read as an Excel date it is 2023-09-15: give the cell a date format, or write that")]
    public void A_common_date_gets_its_edtf_form_at_its_cell(string written, string hint)
    {
        var (path, cell) = Reporting.TestWorkbooks.WithClaimDate(_cli, "dossier.xlsx", written);

        var outcome = _cli.Run("check", path);

        Assert.Equal(ExitCode.InvalidInput, outcome.Code);
        var line = Assert.Single(outcome.ErrorLines, l => l.StartsWith($"{path}: Claims!{cell}: error: Date: '{written}' is not a date", StringComparison.Ordinal));
        Assert.EndsWith($"; {hint} [{WorkbookCodes.BadDate}]", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_no_date_gets_the_general_advice()
    {
        var (path, _) = Reporting.TestWorkbooks.WithClaimDate(_cli, "dossier.xlsx", "last Tuesday");

        var outcome = _cli.Run("check", path);

        Assert.Contains(outcome.ErrorLines, l => l.EndsWith($"write dates in EDTF, such as 2023-10-05, 2023-10 or 2023-10~ [{WorkbookCodes.BadDate}]", StringComparison.Ordinal));
    }
}
