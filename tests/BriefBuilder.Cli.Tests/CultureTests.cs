using System.Globalization;

namespace BriefBuilder.Cli.Tests;

/// <summary>The command line prints the same words and numbers whatever the culture of the process that runs it:
/// French (decimal comma, its own System.CommandLine messages) and Turkish (dotted and dotless i).</summary>
public sealed class CultureTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void A_usage_error_reads_in_english_and_the_caller_keeps_its_culture(string culture)
    {
        var (outcome, after) = InCulture(culture, () => _cli.Run("check"));

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains("Required argument missing", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(culture, after);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void A_number_in_a_message_is_written_with_a_decimal_point(string culture)
    {
        var workbook = _cli.File("dossier.xlsx");
        Assert.Equal(ExitCode.Ok, _cli.Run("init", workbook).Code);
        var template = _cli.File("yellow.yaml");
        File.WriteAllText(template, "description: Yellow\ncolors:\n  accent: \"#FFFF00\"\nsections:\n  - cover\n");

        var (outcome, _) = InCulture(culture, () => _cli.Run("build", workbook, "--template", template, "--out", _cli.File("briefs")));

        // Pure yellow against white: (1 + 0.05) / (0.2126 + 0.7152 + 0.05) = 1.07 (WCAG 2.1 contrast ratio).
        Assert.Equal(ExitCode.InvalidInput, outcome.Code);
        Assert.Contains("a contrast of 1.1:1 against white", outcome.Error, StringComparison.Ordinal);
    }

    // Runs the command line on a thread of the given culture, and says which culture the thread had after it.
    private static (CommandLine.Outcome Outcome, string After) InCulture(string name, Func<CommandLine.Outcome> run)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            var outcome = run();
            return (outcome, CultureInfo.CurrentCulture.Name);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
