using BriefBuilder.Composition.Dates;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Dates;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>One line of the timeline: a claim or an event, with its date.</summary>
public sealed record TimelineEntry(DateValue Date, string? DisplayDate, Claim? Claim, Event? Event)
{
    /// <summary>True when either end of the date is approximate or uncertain: drawn hollow or dashed.</summary>
    public bool IsFuzzy => IsFuzzyDate(Date);

    public string Id => Claim?.Id ?? Event!.Id;

    public static bool IsFuzzyDate(DateValue date) =>
        (date.Start?.Qualifiers ?? DateQualifiers.None) != DateQualifiers.None
        || (date.End?.Qualifiers ?? DateQualifiers.None) != DateQualifiers.None;
}

/// <summary>The entries of one year and month; <see cref="Month"/> is null for entries known less precisely than a month.</summary>
public sealed record TimelineGroup(int Year, int? Month, IReadOnlyList<TimelineEntry> Entries);

/// <summary>Orders claims and events in one chronology and groups them by year and month.</summary>
public static class TimelineEntries
{
    /// <summary>Date order (earliest day, then the less precise first, then the shorter span); entries with the same
    /// date keep workbook order, events before claims, since an event is the context claims react to.</summary>
    public static IReadOnlyList<TimelineEntry> Ordered(BriefSelection selection)
    {
        var entries = selection.Events.Select(e => new TimelineEntry(e.Date, null, null, e))
            .Concat(selection.Claims.Select(c => new TimelineEntry(c.Date, c.DisplayDate, c, null)));

        // OrderBy is a stable sort: ties keep the order above, which is workbook order within each sheet.
        return [.. entries.OrderBy(e => DatePlacement.SortKey(e.Date))];
    }

    /// <summary>Groups ordered entries by year, then month. Within a year, entries without a known month come first.</summary>
    public static IReadOnlyList<TimelineGroup> Grouped(IReadOnlyList<TimelineEntry> ordered) =>
    [
        .. ordered
            .GroupBy(e => (DatePlacement.FirstKnown(e.Date).Year, Month: KnownMonth(e.Date)))
            .OrderBy(g => g.Key.Year)
            .ThenBy(g => g.Key.Month ?? 0)
            .Select(g => new TimelineGroup(g.Key.Year, g.Key.Month, [.. g])),
    ];

    private static int? KnownMonth(DateValue date)
    {
        return DatePlacement.Precision(date) >= DatePrecision.Month ? DatePlacement.FirstKnown(date).Month : null;
    }
}
