using BriefBuilder.Composition.Dates;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Dates;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>One line of the timeline: a claim or an event, with its date; an undated claim has no date, perhaps a window.</summary>
internal sealed record TimelineEntry(DateValue? Date, DateValue? Window, string? DisplayDate, Claim? Claim, Event? Event)
{
    /// <summary>True for a statement the record gives no date of its own.</summary>
    public bool IsUndated => Date is null;

    /// <summary>True when either end of the date is approximate or uncertain: drawn hollow or dashed.</summary>
    public bool IsFuzzy => Date is { } date && IsFuzzyDate(date);

    public string Id => Claim?.Id ?? Event!.Id;

    public static TimelineEntry Of(Claim claim) => new(claim.Date, claim.Window, claim.DisplayDate, claim, null);

    public static TimelineEntry Of(Event record) => new(record.Date, null, null, null, record);

    public static bool IsFuzzyDate(DateValue date) =>
        (date.Start?.Qualifiers ?? DateQualifiers.None) != DateQualifiers.None
        || (date.End?.Qualifiers ?? DateQualifiers.None) != DateQualifiers.None;
}

/// <summary>The entries of one year and month; <see cref="Month"/> is null for entries known less precisely than a month,
/// and <see cref="Year"/> is null for the group of undated statements.</summary>
internal sealed record TimelineGroup(int? Year, int? Month, IReadOnlyList<TimelineEntry> Entries)
{
    public bool IsUndated => Year is null;
}

/// <summary>Orders claims and events in one chronology and groups them by year and month, undated statements apart.</summary>
internal static class TimelineEntries
{
    /// <summary>Dated entries in date order (earliest day; on the same day events before the statements reacting to them;
    /// then the less precise first, then the shorter span), undated statements after them by their window; ties keep
    /// workbook order.</summary>
    public static IReadOnlyList<TimelineEntry> Ordered(BriefSelection selection) =>
        Ordered(selection.Events.Select(TimelineEntry.Of).Concat(selection.Claims.Select(TimelineEntry.Of)));

    /// <summary>Claims alone in the same order: dated ones by date, undated ones last.</summary>
    public static IReadOnlyList<Claim> Chronological(IEnumerable<Claim> claims) =>
        [.. Ordered(claims.Select(TimelineEntry.Of)).Select(e => e.Claim!)];

    /// <summary>The same order for any entries.</summary>
    public static IReadOnlyList<TimelineEntry> Ordered(IEnumerable<TimelineEntry> entries) =>
        [.. entries.OrderBy(SortKey)];

    /// <summary>Groups ordered entries by year, then month; within a year, entries without a known month come first;
    /// undated statements form the last group.</summary>
    public static IReadOnlyList<TimelineGroup> Grouped(IReadOnlyList<TimelineEntry> ordered)
    {
        var dated = ordered
            .Where(e => !e.IsUndated)
            .GroupBy(e => new YearMonth(DatePlacement.FirstKnown(e.Date!).Year, KnownMonth(e.Date!)))
            .OrderBy(g => g.Key)
            .Select(g => new TimelineGroup(g.Key.Year, g.Key.Month, [.. g]))
            .ToList();
        var undated = ordered.Where(e => e.IsUndated).ToList();
        if (undated.Count > 0)
        {
            dated.Add(new TimelineGroup(null, null, undated));
        }

        return dated;
    }

    private static EntryOrder SortKey(TimelineEntry entry)
    {
        if (entry.Date is not { } date)
        {
            var window = entry.Window;
            return new EntryOrder(1, window?.Earliest ?? DateOnly.MaxValue, 1, 0, window?.Latest ?? DateOnly.MaxValue);
        }

        var (first, precision, last) = DatePlacement.SortKey(date);
        return new EntryOrder(0, first, entry.Event is null ? 1 : 0, precision, last);
    }

    // Keys are classes, not value tuples: sorting and grouping by tuples ran on code the runtime compiled at every start.

    // Dated before undated, then by first day, events before statements, the less precise date first, then the shorter span.
    private sealed record EntryOrder(int Undated, DateOnly First, int Kind, int Precision, DateOnly Last) : IComparable<EntryOrder>
    {
        public int CompareTo(EntryOrder? other)
        {
            if (other is null)
            {
                return 1;
            }

            var order = Undated.CompareTo(other.Undated);
            order = order != 0 ? order : First.CompareTo(other.First);
            order = order != 0 ? order : Kind.CompareTo(other.Kind);
            order = order != 0 ? order : Precision.CompareTo(other.Precision);
            return order != 0 ? order : Last.CompareTo(other.Last);
        }
    }

    // A year's entries without a known month come before its months.
    private sealed record YearMonth(int Year, int? Month) : IComparable<YearMonth>
    {
        public int CompareTo(YearMonth? other)
        {
            if (other is null)
            {
                return 1;
            }

            var order = Year.CompareTo(other.Year);
            return order != 0 ? order : (Month ?? 0).CompareTo(other.Month ?? 0);
        }
    }

    private static int? KnownMonth(DateValue date) =>
        DatePlacement.Precision(date) >= DatePrecision.Month ? DatePlacement.FirstKnown(date).Month : null;
}
