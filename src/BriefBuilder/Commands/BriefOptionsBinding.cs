using System.CommandLine;
using System.Globalization;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Layout.Document;

namespace BriefBuilder.Cli.Commands;

/// <summary>The options every build command shares (`--as-of`, `--year`, `--lang`, `--paper`), declared and read in one place.</summary>
public sealed class BriefOptionsBinding
{
    private readonly Option<string?> _asOf = new("--as-of") { Description = "Only what is dated on or before this day (YYYY-MM-DD); the brief says \"As of\"." };
    private readonly Option<int?> _year = new("--year") { Description = "The year in review (annual report); default: the latest year with data." };
    private readonly Option<string?> _language = new("--lang") { Description = "Language of the brief's own words: en, fr or hy." };
    private readonly Option<string?> _paper = new("--paper") { Description = "Override the template's paper: a4 or letter." };

    public void AddTo(Command command)
    {
        command.Options.Add(_asOf);
        command.Options.Add(_year);
        command.Options.Add(_language);
        command.Options.Add(_paper);
    }

    /// <summary>The options, or an error message naming the option that is wrong.</summary>
    public (BriefOptions? Options, string? Error) Read(ParseResult parsed)
    {
        DateOnly? asOf = null;
        if (parsed.GetValue(_asOf) is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return (null, $"--as-of: '{text}' is not a day written YYYY-MM-DD");
            }

            asOf = day;
        }

        PaperSize? paper = null;
        if (parsed.GetValue(_paper) is { } paperText)
        {
            if (!Enum.TryParse<PaperSize>(paperText, ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
            {
                return (null, $"--paper: '{paperText}' is not a4 or letter");
            }

            paper = chosen;
        }

        return (new BriefOptions(asOf, parsed.GetValue(_year), parsed.GetValue(_language), paper), null);
    }
}
