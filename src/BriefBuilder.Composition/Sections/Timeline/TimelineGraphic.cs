using BriefBuilder.Composition.Dates;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Dates;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>The timeline as a picture: a month axis, claims as stance markers stacked above it, events and long or
/// imprecise dates as bars below it; approximate or uncertain dates hollow, dashed or with faded ends; undated statements
/// as hatched bands over the window the record gives them, unlike any dated bar.</summary>
/// <summary>The timeline as a picture: a month axis, claims as stance markers stacked above it with their IDs, events and
/// long or imprecise dates as bars below it; approximate or uncertain dates hollow, dashed or with faded ends; undated
/// statements as hatched bands over the window the record gives them, unlike any dated bar.</summary>
internal static class TimelineGraphic
{
    public static TimelineDrawing Compose(BriefContext context, IReadOnlyList<TimelineEntry> entries, bool ids = true)
    {
        var points = entries.Where(IsPoint).ToList();
        var (first, last) = Span(entries);
        // The statements' period in focus: earlier months, with context events only, compressed behind a break.
        var focus = FirstStatement(entries) ?? first;
        var axis = new MonthAxis(first, last, 4, context.ContentWidth - 8, focus);
        var markers = StatementMarkers.Place(context, axis, points, ids);
        var axisY = Math.Max(30, 4 + markers.Height);
        var shapes = new List<Shape>(markers.Draw(axisY));
        shapes.AddRange(AxisDrawing.Shapes(context, axis, axisY));

        var barsTop = axisY + 26;
        var bars = new TimelineBars(context, axis, barsTop, ids);
        // Events, and statements of one stance sharing one vague date, in order of their start: rows fill from the left.
        var dated = entries.Where(e => !e.IsUndated && !IsPoint(e)).ToList();
        var vague = dated.Where(e => e.Claim is not null).GroupBy(e => DateStance.Of(e.Date!, e.Claim!))
            .Select(g => new Mark(g.First(), [.. g.Select(e => e.Claim!)]));
        var marks = dated.Where(e => e.Event is not null).Select(e => new Mark(e, null)).Concat(vague);
        foreach (var mark in marks.OrderBy(m => m))
        {
            shapes.AddRange(mark.Claims is null ? bars.Event(mark.Entry) : bars.Statements(mark.Claims));
        }

        foreach (var band in entries.Where(e => e.IsUndated && e.Window is not null).GroupBy(e => DateStance.Of(e.Window!, e.Claim!)))
        {
            shapes.AddRange(bars.Undated([.. band.Select(e => e.Claim!)]));
        }

        var height = bars.Rows == 0 ? axisY + 24 : barsTop + (bars.Rows * TimelineBars.RowStep);
        var canvas = new Canvas(context.ContentWidth, height, shapes, AltText(context, entries, axis, focus));
        return new TimelineDrawing(canvas, [.. markers.Identified.Concat(bars.Identified)], markers.AnyHollow || bars.AnyDashedEvent, bars.AnyVagueEnd);
    }

    // The first day of the earliest dated statement, if any.
    private static DateOnly? FirstStatement(IReadOnlyList<TimelineEntry> entries)
    {
        DateOnly? first = null;
        foreach (var entry in entries)
        {
            if (entry.Claim is not null && entry.Date is { } date && (first is null || DatePlacement.FirstKnown(date) < first))
            {
                first = DatePlacement.FirstKnown(date);
            }
        }

        return first;
    }

    // Classes, not value tuples, as keys and marks: queries over tuples ran on code the runtime compiled at every start.

    // Statements of one stance (its key matched ignoring case) sharing one date or window, as written.
    private sealed record DateStance(string Date, string Stance)
    {
        public static DateStance Of(DateValue date, Claim claim) => new(date.ToString(), claim.StanceKey.ToUpperInvariant());
    }

    // An event's bar, or the statements sharing a vague date; in order of their first day.
    private sealed record Mark(TimelineEntry Entry, IReadOnlyList<Claim>? Claims) : IComparable<Mark>
    {
        public int CompareTo(Mark? other) => other is null ? 1 : DatePlacement.FirstKnown(Entry.Date!).CompareTo(DatePlacement.FirstKnown(other.Entry.Date!));
    }

    /// <summary>"Timeline, September 2023 to April 2024 (the statements' period, from the first dated one's month): 6 statements of the stance “A” and 5 of the stance “B”, by month;
    /// 4 events shown as bars; 20 undated statements shown as hatched bands over their windows."</summary>
    public static string AltText(BriefContext context, IReadOnlyList<TimelineEntry> entries, MonthAxis axis, DateOnly focus)
    {
        var language = context.Language;
        var labels = context.Labels;
        var last = axis.Start.AddMonths(axis.MonthCount - 1);
        var period = context.Dates.Prose(context.Dates.Month(focus.Year, focus.Month), context.Dates.Month(last.Year, last.Month));
        var claims = entries.Where(e => e.Claim is not null && !e.IsUndated).Select(e => e.Claim!).ToList();
        var counts = context.Palette.Looks
            .Select(look => (look.Stance, Count: claims.Count(c => string.Equals(c.StanceKey, look.Stance.Key, StringComparison.OrdinalIgnoreCase))))
            .Where(s => s.Count > 0)
            .Select((s, index) => TextPattern.Fill(
                labels.TimelineAltStance,
                ("count", index == 0 ? language.Quantity(s.Count, language.Nouns.Statement) : language.Number(s.Count)),
                ("stance", s.Stance.Label)))
            .ToList();
        var events = entries.Count(e => e.Event is not null);
        var eventText = events == 0
            ? string.Empty
            : TextPattern.Fill(labels.TimelineAltEvents, ("events", language.Quantity(events, language.Nouns.Event)));
        var undated = entries.Count(e => e.IsUndated);
        if (undated > 0)
        {
            eventText += TextPattern.Fill(labels.TimelineAltUndated, ("statements", language.Quantity(undated, language.Nouns.Statement)));
        }
        return TextPattern.Fill(
            labels.TimelineAlt,
            ("period", period),
            ("counts", counts.Count == 0 ? language.Quantity(0, language.Nouns.Statement) : language.List(counts)),
            ("events", eventText));
    }

    /// <summary>Whether the graphic has anything to place: a dated entry, or an undated one with a window.</summary>
    public static bool CanDraw(IReadOnlyList<TimelineEntry> entries) => entries.Any(e => !e.IsUndated || e.Window is not null);

    /// <summary>A claim known to within a month is a marker; an event, an interval or a vaguer date is a bar.</summary>
    private static bool IsPoint(TimelineEntry entry) =>
        entry is { Claim: not null, Date: { IsInterval: false } date } && date.Latest.DayNumber - date.Earliest.DayNumber <= 31;

    // The first and last days the graphic must show: every dated entry's known days, and the known ends of windows.
    private static (DateOnly First, DateOnly Last) Span(IReadOnlyList<TimelineEntry> entries)
    {
        var days = new List<DateOnly>();
        foreach (var entry in entries)
        {
            if (entry.Date is { } date)
            {
                days.Add(DatePlacement.FirstKnown(date));
                days.Add(DatePlacement.LastKnown(date));
            }
            else if (entry.Window is { } window)
            {
                days.Add(DatePlacement.FirstKnown(window));
                days.Add(DatePlacement.LastKnown(window));
            }
        }

        return (days.Min(), days.Max());
    }
}
