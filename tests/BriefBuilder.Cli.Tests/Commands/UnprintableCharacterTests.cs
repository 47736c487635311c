namespace BriefBuilder.Cli.Tests.Commands;

/// <summary>`check` finds a character that no font can print at its cell, before a build stops on it.</summary>
public sealed class UnprintableCharacterTests : IDisposable
{
    // A private-use character of plane 16: no installed font and no shipped template's font has a glyph for it.
    private const string NoFontHasIt = "\U0010FFFD";

    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Check_reports_the_character_at_its_cell_for_every_template_and_the_build_stops_on_it_too()
    {
        var (path, cell) = Reporting.TestWorkbooks.WithSummaryEnding(_cli, "dossier.xlsx", " ok " + NoFontHasIt);

        var check = _cli.Run("check", path);
        // The archival snapshot prints every summary in full (the legislative brief prints short forms where there are some).
        var build = _cli.Run("build", path, "-t", "archival-snapshot", "-o", _cli.File("brief.pdf"));

        Assert.Equal(ExitCode.InvalidInput, check.Code);
        var line = Assert.Single(check.ErrorLines);
        Assert.StartsWith($"{path}: Claims!{cell}: error: '{NoFontHasIt}' (U+10FFFD) cannot be printed: no font of the templates annual-report, archival-snapshot, handout, legislative-brief has it", line, StringComparison.Ordinal);
        Assert.Equal(ExitCode.InvalidInput, build.Code);
        Assert.Contains("U+10FFFD", build.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_for_one_template_names_that_template_only_and_printable_scripts_pass()
    {
        var (bad, _) = Reporting.TestWorkbooks.WithSummaryEnding(_cli, "bad.xlsx", NoFontHasIt);
        var (armenian, _) = Reporting.TestWorkbooks.WithSummaryEnding(_cli, "armenian.xlsx", " Հայաստան, Ελλάδα, Україна");

        var one = _cli.Run("check", bad, "-t", "handout");
        var fine = _cli.Run("check", armenian);

        Assert.Contains("no font of the template handout has it", Assert.Single(one.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(ExitCode.Ok, fine.Code);
        Assert.Empty(fine.Error);
    }
}
