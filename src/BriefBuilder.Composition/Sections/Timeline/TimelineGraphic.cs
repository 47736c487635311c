using BriefBuilder.Composition.Dates;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Sections.Charts;
using BriefBuilder.Composition.Styling;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Dates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>The timeline as a picture: a month axis, claims as stance markers stacked above it, events and long or
/// imprecise dates as bars below it; approximate or uncertain dates hollow, dashed or with faded ends; undated statements
/// as hatched bands over the window the record gives them, unlike any dated bar.</summary>
internal static class TimelineGraphic
{
    private const double Radius = 3.2;
    private const double Step = 8;
    private const double MaxLaneHeight = 84;
    private const double BarHeight = 5;
    private const double BarRowStep = 10;
    private const double Fade = 9;

    public static Canvas Compose(BriefContext context, IReadOnlyList<TimelineEntry> entries)
    {
        var styles = context.Styles;
        var points = entries.Where(IsPoint).ToList();
        var bars = entries.Where(e => !e.IsUndated && !IsPoint(e)).ToList();
        var undated = entries.Where(e => e.IsUndated && e.Window is not null).ToList();
        var (first, last) = Span(entries);
        var axis = new MonthAxis(first, last, 4, context.ContentWidth - 8);
        var shapes = new List<Shape>();

        // Claims: one column of markers per slot of the marker's width, stacked upwards when they would overlap.
        var slots = points.Select(p => (Entry: p, Slot: (int)((Middle(axis, p.Date!) - axis.Left) / Step))).ToList();
        var highest = slots.GroupBy(s => s.Slot).Select(g => g.Count()).DefaultIfEmpty(1).Max();
        var rise = Math.Min(Step, MaxLaneHeight / highest);
        var axisY = 6 + Math.Max(3 * Step, (highest - 1) * rise + Step);
        var levels = new Dictionary<int, int>();
        foreach (var (entry, slot) in slots)
        {
            var level = levels[slot] = levels.GetValueOrDefault(slot) + 1;
            var look = context.Palette.Of(entry.Claim!.StanceKey);
            var x = Math.Min(axis.Left + ((slot + 0.5) * Step), axis.Right - Radius);
            shapes.AddRange(StanceMarker.Draw(look.Shape, x, axisY - Radius - 2.5 - ((level - 1) * rise), Radius, look.Color, entry.IsFuzzy));
        }

        shapes.AddRange(AxisShapes(context, axis, axisY));

        var barsTop = axisY + 26;
        var rows = new BarRows(4);
        foreach (var bar in Bars(context, bars).OrderBy(b => DatePlacement.FirstKnown(b.Date)))
        {
            shapes.AddRange(Bar(context, axis, bar, rows, barsTop));
        }

        foreach (var band in Bands(context, undated))
        {
            shapes.AddRange(Band(context, axis, band, rows, barsTop));
        }

        var height = rows.Count == 0 ? axisY + 24 : barsTop + (rows.Count * BarRowStep);
        return new Canvas(context.ContentWidth, height, shapes, AltText(context, entries, axis));
    }

    /// <summary>"Timeline, September 2023 to April 2024: 6 statements of the stance “A” and 5 of the stance “B”, by month;
    /// 4 events shown as bars; 20 undated statements shown as hatched bands over their windows."</summary>
    public static string AltText(BriefContext context, IReadOnlyList<TimelineEntry> entries, MonthAxis axis)
    {
        var language = context.Language;
        var labels = context.Labels;
        var last = axis.Start.AddMonths(axis.MonthCount - 1);
        var period = context.Dates.Prose(context.Dates.Month(axis.Start.Year, axis.Start.Month), context.Dates.Month(last.Year, last.Month));
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

    private static double Middle(MonthAxis axis, DateValue date) => (axis.X(date.Earliest) + axis.XAfter(date.Latest)) / 2;

    private static IEnumerable<Shape> AxisShapes(BriefContext context, MonthAxis axis, double axisY)
    {
        var styles = context.Styles;
        var ink = new Stroke(BriefStyles.Ink, 0.6);
        yield return new LineShape(axis.Left, axisY, axis.Right, axisY, ink);
        var labelWidth = Enumerable.Range(1, 12).Max(m => ChartText.Width(context, context.Dates.ShortMonth(m), styles.Chart)) + 4;
        var every = axis.LabelStep(labelWidth);
        var index = 0;
        foreach (var month in axis.Months)
        {
            var x = axis.X(month);
            yield return new LineShape(x, axisY, x, axisY + 3, ink);
            if (index % every == 0)
            {
                var centre = every == 1 ? x + (axis.MonthWidth / 2) : x + 1;
                var align = every == 1 ? TextAlignment.Center : TextAlignment.Left;
                yield return new LabelShape(centre, axisY + 11, context.Dates.ShortMonth(month.Month), styles.Chart, align);
                // The year under January, and under the first month when the first January is not close.
                if ((index == 0 && month.Month <= 12 - (2 * every)) || month.Month <= every)
                {
                    yield return new LabelShape(centre, axisY + 20, context.Dates.Year(month.Year), styles.ChartMuted, align);
                }
            }

            index++;
        }

        yield return new LineShape(axis.Right, axisY, axis.Right, axisY + 3, ink);
    }

    /// <summary>Events one bar each; claims of one stance sharing one vague date (say "September 2023 to the article's date") one bar labelled with their count.</summary>
    private static IEnumerable<(DateValue Date, Color Color, string Text, StanceLook? Look)> Bars(BriefContext context, IReadOnlyList<TimelineEntry> entries)
    {
        foreach (var entry in entries.Where(e => e.Event is not null))
        {
            yield return (entry.Date!, context.Styles.Muted, entry.Event!.Title, null);
        }

        var language = context.Language;
        foreach (var group in entries.Where(e => e.Claim is not null).GroupBy(e => (e.Date!.ToString(), e.Claim!.StanceKey.ToUpperInvariant())))
        {
            var claims = group.Select(e => e.Claim!).ToList();
            var text = claims.Count == 1 ? Speakers.Names(context, claims[0]) : language.Quantity(claims.Count, language.Nouns.Statement);
            var look = context.Palette.Of(claims[0].StanceKey);
            yield return (group.First().Date!, look.Color, text, look);
        }
    }

    /// <summary>Undated statements of one stance sharing one window: one hatched band labelled with their count as undated.</summary>
    private static IEnumerable<(DateValue Window, string Text, StanceLook Look)> Bands(BriefContext context, IReadOnlyList<TimelineEntry> entries)
    {
        var language = context.Language;
        foreach (var group in entries.GroupBy(e => (e.Window!.ToString(), e.Claim!.StanceKey.ToUpperInvariant())))
        {
            var claims = group.Select(e => e.Claim!).ToList();
            var text = claims.Count == 1
                ? TextPattern.Fill(context.Labels.GraphicUndatedOne, ("name", Speakers.Names(context, claims[0])))
                : TextPattern.Fill(context.Labels.GraphicUndated, ("statements", language.Quantity(claims.Count, language.Nouns.Statement)));
            yield return (group.First().Window!, text, context.Palette.Of(claims[0].StanceKey));
        }
    }

    private static IEnumerable<Shape> Band(BriefContext context, MonthAxis axis, (DateValue Window, string Text, StanceLook Look) band, BarRows rows, double top)
    {
        var styles = context.Styles;
        var (window, text, look) = band;
        var x1 = window.StartKind == IntervalEnd.Known ? axis.X(window.Earliest) : axis.Left;
        var x2 = window.IsInterval && window.EndKind != IntervalEnd.Known ? axis.Right : axis.XAfter(DatePlacement.LastKnown(window));
        x2 = Math.Max(x2, x1 + 3);
        var (label, labelX, align) = PlaceLabel(context, text, axis, x1, x2, context.ContentWidth * 0.3);
        var labelWidth = ChartText.Width(context, label, styles.Chart);
        var (start, end) = label.Length == 0 ? (x1, x2) : align == TextAlignment.Left ? (x1, labelX + labelWidth) : (labelX - labelWidth, x2);
        var y = top + (rows.Place(start, end) * BarRowStep);
        var shapes = new List<Shape>(Hatching.Band(x1, y, x2 - x1, BarHeight, look.Color));
        shapes.AddRange(StanceMarker.Draw(look.Shape, x1 + 3.2, y + (BarHeight / 2), 3.6, Color.White, hollow: false));
        shapes.AddRange(StanceMarker.Draw(look.Shape, x1 + 3.2, y + (BarHeight / 2), 2.7, look.Color, hollow: true));
        if (label.Length > 0)
        {
            shapes.Add(new LabelShape(labelX, y + BarHeight, label, styles.Chart, align));
        }

        return shapes;
    }

    private static IEnumerable<Shape> Bar(BriefContext context, MonthAxis axis, (DateValue Date, Color Color, string Text, StanceLook? Look) bar, BarRows rows, double top)
    {
        var styles = context.Styles;
        var (date, color, text, look) = bar;
        var x1 = date.StartKind == IntervalEnd.Known ? axis.X(date.Earliest) : axis.Left;
        var x2 = date.EndKind switch
        {
            IntervalEnd.Open when date.IsInterval => axis.Right,
            _ => axis.XAfter(DatePlacement.LastKnown(date)),
        };
        x2 = Math.Max(x2, x1 + 3);
        var dashedEnd = date.IsInterval && date.EndKind == IntervalEnd.Unknown;
        var (label, labelX, align) = PlaceLabel(context, text, axis, x1, x2 + (dashedEnd ? Fade : 0), context.ContentWidth * 0.3);
        var labelWidth = ChartText.Width(context, label, styles.Chart);
        var (start, end) = label.Length == 0 ? (x1, x2) : align == TextAlignment.Left ? (x1, labelX + labelWidth) : (labelX - labelWidth, x2);
        var y = top + (rows.Place(start, end) * BarRowStep);

        var fuzzyStart = date.StartKind != IntervalEnd.Known || (date.Start is { } s && (s.IsApproximate || s.IsUncertain));
        var fuzzyEnd = date.IsInterval
            ? date.EndKind != IntervalEnd.Known || (date.End is { } e && (e.IsApproximate || e.IsUncertain))
            : fuzzyStart;
        var shapes = new List<Shape>();
        if (!date.IsInterval && fuzzyStart && x2 - x1 < 2 * Fade)
        {
            shapes.AddRange(EventMarker.Draw(x1, y, x2 - x1, BarHeight, color, fuzzy: true));
        }
        else
        {
            shapes.AddRange(FadedBar(x1, x2, y, color, fuzzyStart, fuzzyEnd, dashedEnd, hollow: look is null));
        }

        // A claim's bar starts with its stance's marker, so shape as well as colour tells the stance.
        if (look is not null)
        {
            shapes.AddRange(StanceMarker.Draw(look.Shape, x1 + 3.2, y + (BarHeight / 2), 3.6, Color.White, hollow: false));
            shapes.AddRange(StanceMarker.Draw(look.Shape, x1 + 3.2, y + (BarHeight / 2), 2.7, look.Color, hollow: false));
        }

        if (label.Length > 0)
        {
            shapes.Add(new LabelShape(labelX, y + BarHeight, label, styles.Chart, align));
        }

        return shapes;
    }

    // A bar's label goes after its end, up to `widest`; when only the space before its start holds the whole label, it
    // goes there, as long as it is (a long title before a late bar, rather than cut with "…"). Only a label neither
    // side holds whole is fitted.
    private static (string Label, double X, TextAlignment Align) PlaceLabel(BriefContext context, string text, MonthAxis axis, double start, double end, double widest)
    {
        var after = Math.Min(axis.Right - end - 3, widest);
        var before = start - axis.Left - 3;
        var full = ChartText.Width(context, text, context.Styles.Chart);
        if (full <= after || (full > before && after >= Math.Min(before, widest)))
        {
            return (ChartText.Fit(context, text, context.Styles.Chart, after), end + 3, TextAlignment.Left);
        }

        return (ChartText.Fit(context, text, context.Styles.Chart, full <= before ? before : Math.Min(before, widest)), start - 3, TextAlignment.Right);
    }

    // A bar whose vague ends fade out in three lighter steps, so the eye reads "about here" rather than a hard edge. Its
    // outline reaches 3:1 against the paper; an event's bar is left white inside (hollow), unlike any stance's in greyscale.
    private static IEnumerable<Shape> FadedBar(double x1, double x2, double y, Color color, bool fuzzyStart, bool fuzzyEnd, bool dashedEnd, bool hollow)
    {
        var fade = Math.Min(Fade, (x2 - x1) / 3);
        var solidStart = fuzzyStart ? x1 + fade : x1;
        var solidEnd = fuzzyEnd ? x2 - fade : x2;
        yield return new RectangleShape(solidStart, y, Math.Max(0.5, solidEnd - solidStart), BarHeight, hollow ? Color.White : color, new Stroke(Contrast.Edge(color), hollow ? 0.9 : 0.5));
        for (var step = 0; step < 3; step++)
        {
            var tint = BriefStyles.Mix(color, Color.White, 0.25 + (step * 0.22));
            var width = fade / 3;
            if (fuzzyStart)
            {
                yield return new RectangleShape(solidStart - ((step + 1) * width), y, width, BarHeight, tint);
            }

            if (fuzzyEnd)
            {
                yield return new RectangleShape(solidEnd + (step * width), y, width, BarHeight, tint);
            }
        }

        if (dashedEnd)
        {
            yield return new LineShape(x2, y + (BarHeight / 2), x2 + Fade, y + (BarHeight / 2), new Stroke(Contrast.Edge(color), 0.8, [1.5, 1.5]));
        }
    }
}
