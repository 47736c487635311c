using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Charts;

/// <summary>The monthly chart's numbers as a table: months as rows and stances as columns (so it fits whatever the
/// language's month names), then the statements placed in no one month and the undated ones, then the totals.
/// Every cell is a cell, empty or not, so each is announced against its own column.</summary>
internal static class MonthlyTable
{
    public static Table Compose(BriefContext context, MonthlyCounts counts)
    {
        var styles = context.Styles;
        var labels = context.Labels;
        var right = styles.Tight with { Alignment = TextAlignment.Right };
        TableCell Number(int value, bool bold = false) =>
            new(new Paragraph([new Span(value == 0 ? "–" : context.Language.Number(value), bold ? styles.LabelBold : styles.Label)], right));
        TableRow Row(string label, IReadOnlyList<int> values, bool bold = false) => new(
        [
            new TableCell(new Paragraph([new Span(label, bold ? styles.LabelBold : styles.Label)], styles.Tight), Scope: HeaderScope.Row),
            .. values.Select(v => Number(v, bold)),
            Number(values.Sum(), bold: true),
        ]);

        var header = new TableRow(
        [
            new TableCell(new Paragraph([new Span(labels.ColumnMonth, styles.LabelBold)], styles.Tight), Scope: HeaderScope.Column),
            .. counts.Looks.Select(look => new TableCell(new Paragraph([new Span(look.Stance.Label, styles.LabelBold)], context.ContentStyle(right)), Scope: HeaderScope.Column)),
            new TableCell(new Paragraph([new Span(labels.ColumnTotal, styles.LabelBold)], right), Scope: HeaderScope.Column),
        ]);
        var stances = Enumerable.Range(0, counts.Looks.Count).ToList();
        var rows = counts.Months
            .Select((month, index) => Row(context.Dates.Month(month.Year, month.Month), [.. stances.Select(s => counts.ByMonth[s][index])]))
            .ToList();
        if (counts.HasNotInMonth)
        {
            rows.Add(Row(labels.RowNotInMonth, counts.NotInMonth));
        }

        if (counts.HasUndated)
        {
            rows.Add(Row(labels.UndatedHeading, counts.Undated));
        }

        rows.Add(Row(labels.ColumnTotal, [.. stances.Select(s => counts.ByMonth[s].Sum() + counts.NotInMonth[s] + counts.Undated[s])], bold: true));
        return new Table(
            [Width.Relative(1.4), .. counts.Looks.Select(_ => Width.Relative(1)), Width.Relative(0.6)],
            [header],
            rows,
            styles.Table,
            Summary: labels.MonthlyChart);
    }
}
