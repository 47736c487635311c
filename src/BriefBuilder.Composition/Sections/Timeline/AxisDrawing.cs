using BriefBuilder.Composition.Sections.Charts;
using BriefBuilder.Composition.Styling;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>The timeline graphic's month axis: a tick per month, month names as often as they fit, the year under
/// January; in a compressed stretch before a break only the years, and the break drawn as two slanted strokes across
/// the axis, so no one reads the squeezed months as short.</summary>
internal static class AxisDrawing
{
    public static IEnumerable<Shape> Shapes(BriefContext context, MonthAxis axis, double axisY)
    {
        var styles = context.Styles;
        var ink = new Stroke(BriefStyles.Ink, 0.6);
        yield return new LineShape(axis.Left, axisY, axis.Right, axisY, ink);
        var labelWidth = Enumerable.Range(1, 12).Max(m => ChartText.Width(context, context.Dates.ShortMonth(m), styles.Chart)) + 4;
        var every = axis.LabelStep(labelWidth);
        var index = 0;
        var yearsUntil = double.MinValue;
        foreach (var month in axis.Months)
        {
            var x = axis.X(month);
            if (axis.IsCompressed(month))
            {
                // Only years, each where the one before leaves room for it, and none over the break.
                var year = context.Dates.Year(month.Year);
                var width = ChartText.Width(context, year, styles.ChartMuted);
                if ((month.Month == 1 || month == axis.Start) && x >= yearsUntil && x + width < axis.BreakX - 5)
                {
                    yield return new LineShape(x, axisY, x, axisY + 3, ink);
                    yield return new LabelShape(x + 1, axisY + 11, year, styles.ChartMuted, TextAlignment.Left);
                    yearsUntil = x + width + 4;
                }

                continue;
            }

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
        if (axis.BreakX is { } cut)
        {
            // White over the axis between two slanted strokes: the axis is visibly broken there.
            yield return new RectangleShape(cut - 3.5, axisY - 2, 5, 4, Color.White);
            yield return new LineShape(cut - 4.5, axisY + 3, cut - 2, axisY - 3, ink);
            yield return new LineShape(cut - 1, axisY + 3, cut + 1.5, axisY - 3, ink);
        }
    }
}
