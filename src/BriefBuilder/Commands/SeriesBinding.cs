using System.CommandLine;
using System.Globalization;

namespace BriefBuilder.Cli.Commands;

/// <summary>The dated series `build` can make: `--every day|week|month|year --from DATE --to DATE`, or several `--as-of`
/// dates, each a snapshot of the dossier as it stood that day.</summary>
public sealed class SeriesBinding
{
    /// <summary>A series longer than this is more likely a slip (`--every day` over decades) than a wish.</summary>
    public const int MostDates = 1000;

    private static readonly Dictionary<string, Func<DateOnly, int, DateOnly>> Steps = new(StringComparer.OrdinalIgnoreCase)
    {
        ["day"] = (from, i) => from.AddDays(i),
        ["week"] = (from, i) => from.AddDays(7 * i),
        // Counted from the first date each time, so 31 January gives 29 February and then 31 March, not 29 March.
        ["month"] = (from, i) => from.AddMonths(i),
        ["year"] = (from, i) => from.AddYears(i),
    };

    private readonly Option<string?> _every = new("--every") { Description = "Build a dated series: one snapshot every day, week, month or year from --from to --to." };
    private readonly Option<string?> _from = new("--from") { Description = "The series' first date (YYYY-MM-DD)." };
    private readonly Option<string?> _to = new("--to") { Description = "The series' last possible date (YYYY-MM-DD)." };

    public void AddTo(Command command)
    {
        command.Options.Add(_every);
        command.Options.Add(_from);
        command.Options.Add(_to);
    }

    /// <summary>The series' dates (null when the build is a single brief), or an error naming the option that is wrong.</summary>
    public (IReadOnlyList<DateOnly>? Dates, string? Error) Read(ParseResult parsed, IReadOnlyList<DateOnly> asOfDates)
    {
        var every = parsed.GetValue(_every);
        var (fromText, toText) = (parsed.GetValue(_from), parsed.GetValue(_to));
        if (every is null)
        {
            return fromText is not null || toText is not null ? (null, "--from and --to go with --every")
                : asOfDates.Count > 1 ? Checked([.. asOfDates.Distinct().Order()])
                : (null, null);
        }

        if (asOfDates.Count > 0)
        {
            return (null, "--every: give either --every with --from and --to, or --as-of dates, not both");
        }

        if (!Steps.TryGetValue(every, out var step))
        {
            return (null, $"--every: '{every}' is not one of: {string.Join(", ", Steps.Keys)}");
        }

        if (Day(fromText) is not { } from || Day(toText) is not { } to)
        {
            return (null, $"--every needs --from and --to, each a day written YYYY-MM-DD");
        }

        if (to < from)
        {
            return (null, $"--to: {toText} is before --from {fromText}");
        }

        var dates = new List<DateOnly>();
        for (var i = 0; step(from, i) <= to && dates.Count <= MostDates; i++)
        {
            dates.Add(step(from, i));
        }

        return Checked(dates);
    }

    private static (IReadOnlyList<DateOnly>? Dates, string? Error) Checked(List<DateOnly> dates) => dates.Count > MostDates
        ? (null, $"a series of more than {MostDates} dates; choose a longer step or a shorter period")
        : (dates, null);

    private static DateOnly? Day(string? text) =>
        text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
