using BriefBuilder.Composition.Localization;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Charts;

/// <summary>A small horizontal bar chart of statements per stance: marker and label above each bar, the count at its end.</summary>
internal static class StanceBarChart
{
    private const double RowHeight = 24;
    private const double BarHeight = 7;

    public static Canvas Compose(BriefContext context, double width)
    {
        var styles = context.Styles;
        var counts = StanceCounts.Of(context);
        var most = 1;
        foreach (var count in counts)
        {
            most = Math.Max(most, count.Count);
        }

        var countRoom = ChartText.Width(context, context.Language.Number(most), styles.Chart) + 6;
        var barRoom = width - 12 - countRoom;
        var shapes = new List<Shape>();
        for (var index = 0; index < counts.Count; index++)
        {
            var (look, count) = counts[index];
            var top = index * RowHeight;
            shapes.AddRange(StanceMarker.Draw(look.Shape, 4, top + 6, 3.1, look.Color, hollow: false));
            shapes.Add(new LabelShape(12, top + 9, ChartText.Fit(context, look.Stance.Label, styles.Chart, width - 12), styles.Chart));
            var length = Math.Max(count == 0 ? 0 : 1.5, barRoom * count / most);
            shapes.Add(new RectangleShape(12, top + 12.5, length, BarHeight, look.Color));
            shapes.Add(new LabelShape(12 + length + 3, top + 12.5 + BarHeight - 0.5, context.Language.Number(count), styles.Chart with { Bold = true }));
        }

        var alt = TextPattern.Fill(context.Labels.ChartAlt, ("counts", StanceCounts.Text(context)));
        return new Canvas(width, Math.Max(RowHeight, counts.Count * RowHeight), shapes, alt);
    }
}
