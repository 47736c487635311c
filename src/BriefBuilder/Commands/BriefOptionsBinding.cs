using System.CommandLine;
using System.Globalization;
using BriefBuilder.Cli.Snapshots;
using BriefBuilder.Composition.Archive;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Layout.Document;

namespace BriefBuilder.Cli.Commands;

/// <summary>The options every build command shares (`--as-of`, `--year`, `--lang`, `--paper`, `--pdfa`, `--since`) and
/// the SOURCE_DATE_EPOCH variable, declared and read in one place.</summary>
public sealed class BriefOptionsBinding
{
    private readonly Option<string[]> _asOf = new("--as-of")
    {
        // Repeated for several dates (`--as-of D1 --as-of D2`), never one flag taking several words: a workbook path
        // after the option must not be read as a date.
        Description = "Only what is dated on or before this day (YYYY-MM-DD); the brief says \"As of\". Repeated for `build`: one snapshot per date.",
    };

    private readonly Option<int?> _year = new("--year") { Description = "The year in review (annual report); default: the latest year with data." };
    private readonly Option<string?> _language = new("--lang") { Description = "Language of the brief's own words: en, fr or hy." };
    private readonly Option<string?> _paper = new("--paper") { Description = "Override the template's paper: a4 or letter." };
    private readonly Option<bool> _pdfa = new("--pdfa") { Description = "Write an archival PDF/A-3 snapshot that carries its workbook, template and manifest." };
    private readonly Option<string?> _since = new("--since") { Description = "An earlier snapshot (PDF): add a \"New since\" section of what it did not include." };

    public void AddTo(Command command)
    {
        command.Options.Add(_asOf);
        command.Options.Add(_year);
        command.Options.Add(_language);
        command.Options.Add(_paper);
        command.Options.Add(_pdfa);
        command.Options.Add(_since);
    }

    /// <summary>The options for one brief, or an error message naming the option that is wrong.</summary>
    public (BriefOptions? Options, string? Error) Read(ParseResult parsed)
    {
        var (options, dates, error) = ReadAll(parsed);
        return dates.Count > 1 ? (null, "--as-of: one date here; `build` makes one snapshot per date") : (options, error);
    }

    /// <summary>The options (with the first as-of date, if any) and every as-of date given, or an error message.</summary>
    public (BriefOptions? Options, IReadOnlyList<DateOnly> AsOfDates, string? Error) ReadAll(ParseResult parsed)
    {
        var dates = new List<DateOnly>();
        foreach (var text in parsed.GetValue(_asOf) ?? [])
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return (null, [], $"--as-of: '{text}' is not a day written YYYY-MM-DD");
            }

            dates.Add(day);
        }

        PaperSize? paper = null;
        if (parsed.GetValue(_paper) is { } paperText)
        {
            if (!Enum.TryParse<PaperSize>(paperText, ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
            {
                return (null, [], $"--paper: '{paperText}' is not a4 or letter{DidYouMean.Hint(paperText, ["a4", "letter"])}");
            }

            paper = chosen;
        }

        var language = parsed.GetValue(_language);
        if (language is not null && BriefLanguage.Find(language) is null)
        {
            return (null, [], $"--lang: no language '{language}'; the languages are {string.Join(", ", BriefLanguage.Codes)}{DidYouMean.Hint(language, BriefLanguage.Codes)}");
        }

        var year = parsed.GetValue(_year);
        if (year is < 1000 or > 9999)
        {
            var guess = year is >= 0 and < 100 ? $"; for 20{year:00}, write --year 20{year:00}" : string.Empty;
            return (null, [], $"--year: '{year}' is not a year written with four digits (YYYY){guess}");
        }

        var (sourceDate, dateError) = SourceDateEpoch();
        if (dateError is not null)
        {
            return (null, [], dateError);
        }

        PriorSnapshot? since = null;
        if (parsed.GetValue(_since) is { } sincePath)
        {
            var (prior, problem) = PriorSnapshots.Read(sincePath);
            if (prior is null)
            {
                return (null, [], $"--since: {problem}");
            }

            since = prior;
        }

        var options = new BriefOptions(dates.Count > 0 ? dates[0] : null, year, language, paper,
            parsed.GetValue(_pdfa), sourceDate, since);
        return (options, dates, null);
    }

    // The reproducible-builds convention (https://reproducible-builds.org/specs/source-date-epoch/): whole seconds since
    // 1970 in UTC, the date a build stamps when it is given no as-of date.
    private static (DateTimeOffset? Date, string? Error) SourceDateEpoch()
    {
        var text = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrEmpty(text))
        {
            return (null, null);
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799
            ? (DateTimeOffset.FromUnixTimeSeconds(seconds), null)
            : (null, $"SOURCE_DATE_EPOCH: '{text}' is not a number of seconds since 1970");
    }
}
