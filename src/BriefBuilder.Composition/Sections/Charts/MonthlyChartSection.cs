using BriefBuilder.Composition.Dates;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Styling;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Charts;

/// <summary>Statements per month by stance: grouped bars topped by each stance's marker, its legend, and the same numbers as a table.</summary>
public static class MonthlyChartSection
{
    public const string Kind = "monthly-chart";
    private const double PlotHeight = 110;
    private const double Top = 8;

    public static Element Compose(BriefContext context, MonthlyChartSpec spec)
    {
        var body = new List<Element>();
        if (context.Selection.Claims.Count == 0)
        {
            body.Add(new Paragraph(context.Labels.TimelineEmpty, context.Styles.Italic));
            return SectionFrame.Wrap(context, Kind, context.Labels.MonthlyChart, body);
        }

        var axis = Axis(context);
        var looks = context.Palette.Looks.Where(l => context.Selection.Stances.Contains(l.Stance)).ToList();
        var counts = looks.Select(look => axis.Months.Select(month => context.Selection.ClaimsOf(look.Stance)
            .Count(c => DatePlacement.FirstKnown(c.Date) is var day && day.Year == month.Year && day.Month == month.Month)).ToArray()).ToList();
        body.Add(new KeepTogether(new Column(
        [
            Chart(context, axis, looks, counts),
            Legend.Compose(context, looks, events: false, fuzzy: false),
        ])));
        body.Add(Table(context, axis, looks, counts));
        return SectionFrame.Wrap(context, Kind, context.Labels.MonthlyChart, body);
    }

    // A year in review shows all twelve months; otherwise the months from the first statement to the last.
    private static MonthAxis Axis(BriefContext context)
    {
        var width = context.ContentWidth - 28;
        if (context.Selection.Criteria.Year is { } year)
        {
            return new MonthAxis(new DateOnly(year, 1, 1), new DateOnly(year, 12, 1), 24, width);
        }

        var claims = context.Selection.Claims;
        return new MonthAxis(claims.Min(c => DatePlacement.FirstKnown(c.Date)), claims.Max(c => DatePlacement.FirstKnown(c.Date)), 24, width);
    }

    private static Canvas Chart(BriefContext context, MonthAxis axis, IReadOnlyList<StanceLook> looks, IReadOnlyList<int[]> counts)
    {
        var styles = context.Styles;
        var most = Math.Max(1, counts.SelectMany(c => c).DefaultIfEmpty().Max());
        var tick = NiceStep(most);
        var top = Math.Ceiling(most / (double)tick) * tick;
        var baseline = Top + PlotHeight;
        var shapes = new List<Shape>();
        for (var value = 0.0; value <= top; value += tick)
        {
            var y = baseline - (PlotHeight * value / top);
            shapes.Add(new LineShape(axis.Left, y, axis.Right, y, new Stroke(value == 0 ? BriefStyles.Ink : styles.Hairline, value == 0 ? 0.6 : 0.3)));
            shapes.Add(new LabelShape(axis.Left - 4, y + 2.5, context.Language.Number((int)value), styles.ChartMuted, TextAlignment.Right));
        }

        var group = axis.MonthWidth * 0.72;
        var bar = Math.Min(14, group / Math.Max(1, looks.Count));
        var index = 0;
        foreach (var month in axis.Months)
        {
            var left = axis.X(month) + ((axis.MonthWidth - (bar * looks.Count)) / 2);
            for (var s = 0; s < looks.Count; s++)
            {
                var count = counts[s][index];
                if (count == 0)
                {
                    continue;
                }

                var height = PlotHeight * count / top;
                var x = left + (s * bar);
                shapes.Add(new RectangleShape(x + 0.5, baseline - height, bar - 1, height, BriefStyles.Mix(looks[s].Color, Color.White, 0.35)));
                shapes.AddRange(StanceMarker.Draw(looks[s].Shape, x + (bar / 2), baseline - height - 4.5, Math.Min(3, (bar / 2) - 0.5), looks[s].Color, hollow: false));
            }

            shapes.Add(new LabelShape(axis.X(month) + (axis.MonthWidth / 2), baseline + 11, context.Dates.ShortMonth(month.Month), styles.Chart, TextAlignment.Center));
            index++;
        }

        var alt = TextPattern.Fill(
            context.Labels.MonthlyChartAlt,
            ("period", context.Dates.Prose(context.Dates.Month(axis.Start.Year, axis.Start.Month), context.Dates.Month(axis.Last.Year, axis.Last.Month))),
            ("counts", StanceCounts.Text(context)));
        return new Canvas(context.ContentWidth, baseline + 16, shapes, alt);
    }

    // Months as rows and stances as columns, so that the table fits whatever the language's month names.
    private static Table Table(BriefContext context, MonthAxis axis, IReadOnlyList<StanceLook> looks, IReadOnlyList<int[]> counts)
    {
        var styles = context.Styles;
        var right = styles.Tight with { Alignment = TextAlignment.Right };
        TableCell Number(int value, bool bold = false) =>
            new(new Paragraph([new Span(value == 0 ? "–" : context.Language.Number(value), bold ? styles.LabelBold : styles.Label)], right));

        var header = new TableRow(
        [
            new TableCell(new Paragraph(string.Empty, styles.LabelBold), Scope: HeaderScope.Column),
            .. looks.Select(look => new TableCell(new Paragraph([new Span(look.Stance.Label, styles.LabelBold)], right), Scope: HeaderScope.Column)),
            new TableCell(new Paragraph([new Span(context.Labels.ColumnTotal, styles.LabelBold)], right), Scope: HeaderScope.Column),
        ]);
        var rows = axis.Months.Select((month, index) => new TableRow(
        [
            new TableCell(new Paragraph([new Span(context.Dates.Month(month.Year, month.Month), styles.Label)], styles.Tight), Scope: HeaderScope.Row),
            .. counts.Select(perMonth => Number(perMonth[index])),
            Number(counts.Sum(perMonth => perMonth[index]), bold: true),
        ])).ToList();
        rows.Add(new TableRow(
        [
            new TableCell(new Paragraph([new Span(context.Labels.ColumnTotal, styles.LabelBold)], styles.Tight), Scope: HeaderScope.Row),
            .. counts.Select(perMonth => Number(perMonth.Sum(), bold: true)),
            Number(counts.Sum(perMonth => perMonth.Sum()), bold: true),
        ]));
        return new Table(
            [Width.Relative(1.4), .. looks.Select(_ => Width.Relative(1)), Width.Relative(0.6)],
            [header],
            rows,
            styles.Table,
            Summary: context.Labels.MonthlyChart);
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
