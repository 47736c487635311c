using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Styling;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Charts;

/// <summary>Statements per month by stance: grouped bars topped by each stance's marker, its legend, and the same numbers
/// as a table. Statements the record places in no one month (dated more vaguely, or undated) get columns of their own
/// after a gap, the undated ones hatched, so none is counted in a month it may not belong to.</summary>
internal static class MonthlyChartSection
{
    public const string Kind = "monthly-chart";

    public static SectionKind Section { get; } = SectionKind.Of<MonthlyChartSpec>(Kind, "Statements per month by stance, as a chart and a table.", MonthlyChartSpec.Read, Compose);

    private const double PlotHeight = 110;
    private const double Top = 8;
    private const double Left = 24;

    public static Element Compose(BriefContext context, MonthlyChartSpec spec)
    {
        var body = new List<Element>();
        if (context.Selection.Claims.Count == 0)
        {
            body.Add(new Paragraph(context.Labels.TimelineEmpty, context.Styles.Italic));
            return SectionFrame.Wrap(context, Kind, context.Labels.MonthlyChart, body);
        }

        var counts = MonthlyCounts.Of(context);
        body.Add(new KeepTogether(new Column(
        [
            Chart(context, counts),
            Legend.Compose(context, counts.Looks, events: false, fuzzy: false, undated: counts.HasUndated),
        ])));
        body.Add(MonthlyTable.Compose(context, counts));
        return SectionFrame.Wrap(context, Kind, context.Labels.MonthlyChart, body);
    }

    private static Canvas Chart(BriefContext context, MonthlyCounts counts)
    {
        var styles = context.Styles;
        var extras = (counts.HasNotInMonth ? 1 : 0) + (counts.HasUndated ? 1 : 0);
        var slots = counts.Months.Count + extras + (extras > 0 && counts.Months.Count > 0 ? 0.5 : 0);
        var slot = (context.ContentWidth - Left - 4) / Math.Max(1, slots);
        var all = counts.ByMonth.SelectMany(c => c).Concat(counts.NotInMonth).Concat(counts.Undated);
        var most = Math.Max(1, all.DefaultIfEmpty().Max());
        var tick = NiceStep(most);
        var top = Math.Ceiling(most / (double)tick) * tick;
        var baseline = Top + PlotHeight;
        var right = Left + (slot * slots);
        var shapes = new List<Shape>();
        for (var value = 0.0; value <= top; value += tick)
        {
            var y = baseline - (PlotHeight * value / top);
            shapes.Add(new LineShape(Left, y, right, y, new Stroke(value == 0 ? BriefStyles.Ink : styles.Hairline, value == 0 ? 0.6 : 0.3)));
            shapes.Add(new LabelShape(Left - 4, y + 2.5, context.Language.Number((int)value), styles.ChartMuted, TextAlignment.Right));
        }

        for (var index = 0; index < counts.Months.Count; index++)
        {
            var x = Left + (index * slot);
            shapes.AddRange(Group(counts, counts.ByMonth.Select(c => c[index]).ToList(), x, slot, baseline, top, hatched: false));
            shapes.Add(new LabelShape(x + (slot / 2), baseline + 11, context.Dates.ShortMonth(counts.Months[index].Month), styles.Chart, TextAlignment.Center));
        }

        var extra = Left + ((counts.Months.Count + (counts.Months.Count > 0 ? 0.5 : 0)) * slot);
        if (counts.HasNotInMonth)
        {
            shapes.AddRange(Group(counts, counts.NotInMonth, extra, slot, baseline, top, hatched: false));
            shapes.Add(new LabelShape(extra + (slot / 2), baseline + 11, context.Labels.ChartNotInMonth, styles.Chart, TextAlignment.Center));
            extra += slot;
        }

        if (counts.HasUndated)
        {
            shapes.AddRange(Group(counts, counts.Undated, extra, slot, baseline, top, hatched: true));
            shapes.Add(new LabelShape(extra + (slot / 2), baseline + 11, context.Labels.ChartUndated, styles.Chart, TextAlignment.Center));
        }

        return new Canvas(context.ContentWidth, baseline + 16, shapes, AltText(context, counts));
    }

    // One group of bars, a bar per stance with its marker on top; undated counts hatched rather than filled.
    private static IEnumerable<Shape> Group(MonthlyCounts counts, IReadOnlyList<int> values, double x, double slot, double baseline, double top, bool hatched)
    {
        var looks = counts.Looks;
        var bar = Math.Min(14, slot * 0.72 / Math.Max(1, looks.Count));
        var left = x + ((slot - (bar * looks.Count)) / 2);
        for (var s = 0; s < looks.Count; s++)
        {
            if (values[s] == 0)
            {
                continue;
            }

            var height = PlotHeight * values[s] / top;
            var barX = left + (s * bar);
            var shapes = hatched
                ? Hatching.Band(barX + 0.5, baseline - height, bar - 1, height, looks[s].Color)
                : [new RectangleShape(barX + 0.5, baseline - height, bar - 1, height, BriefStyles.Mix(looks[s].Color, Color.White, 0.35))];
            foreach (var shape in shapes)
            {
                yield return shape;
            }

            foreach (var shape in StanceMarker.Draw(looks[s].Shape, barX + (bar / 2), baseline - height - 4.5, Math.Min(3, (bar / 2) - 0.5), looks[s].Color, hollow: hatched))
            {
                yield return shape;
            }
        }
    }

    private static string AltText(BriefContext context, MonthlyCounts counts)
    {
        var dates = context.Dates;
        var period = counts.Months.Count == 0
            ? string.Empty
            : dates.Prose(dates.Month(counts.Months[0].Year, counts.Months[0].Month), dates.Month(counts.Months[^1].Year, counts.Months[^1].Month));
        return TextPattern.Fill(context.Labels.MonthlyChartAlt, ("period", period), ("counts", StanceCounts.Text(context)));
    }

    // Axis steps of 1, 2 or 5 times a power of ten, about four to a chart.
    private static int NiceStep(int most)
    {
        var raw = Math.Max(1, most / 4.0);
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * power).First(s => s >= raw);
        return Math.Max(1, (int)step);
    }
}
