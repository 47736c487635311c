using System.Globalization;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Dates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Cli.Building;

/// <summary>Warnings for a --year or --as-of that leaves a brief with nothing to show (a slip such as --year 2013 for
/// 2023, or an as-of day before the record begins), saying why: what the record's dates span.</summary>
public static class SelectionWarnings
{
    public static IEnumerable<Diagnostic> For(Dossier dossier, BriefOptions options)
    {
        var dates = dossier.Claims.Select(c => c.Date).Concat(dossier.Events.Select(e => e.Date)).Concat(dossier.Sources.Select(s => s.Date))
            .OfType<DateValue>().ToList();
        var span = dates.Count == 0 ? " (it dates nothing)"
            : $" (its dates run from {Day(dates.Min(d => d.Earliest))} to {Day(dates.Where(d => d.Latest != DateOnly.MaxValue).Select(d => d.Latest).DefaultIfEmpty(DateOnly.MinValue).Max())})";
        if (options.Year is { } year && !dossier.Claims.Any(c => c.Date is { } d ? d.Earliest.Year == year : c.Window is { } w && w.Earliest.Year <= year && w.Latest.Year >= year))
        {
            yield return new Diagnostic(CommandLineCodes.EmptySelection, new SourceLocation("--year"),
                $"the record has no statement of {year}, dated or undated{span}: a review of that year has nothing to review");
        }

        if (options.AsOf is { } day && !dates.Any(d => d.Earliest <= day))
        {
            yield return new Diagnostic(CommandLineCodes.EmptySelection, new SourceLocation("--as-of"),
                $"the record dates nothing on or before {Day(day)}{span}: the brief lists no statement");
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
