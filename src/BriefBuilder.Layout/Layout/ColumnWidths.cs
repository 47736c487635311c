using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout;

/// <summary>Shares a width among columns: fixed widths as given, auto widths at their content's widest (shrunk towards
/// their narrowest when there is not room for all), relative widths by weight in what remains.</summary>
internal static class ColumnWidths
{
    public static double[] Resolve(IReadOnlyList<Width> specs, IReadOnlyList<Func<(double Min, double Max)>> intrinsic, double available)
    {
        var widths = new double[specs.Count];
        var remaining = available;
        for (var i = 0; i < specs.Count; i++)
        {
            if (specs[i] is FixedWidth f)
            {
                widths[i] = f.Points;
                remaining -= f.Points;
            }
        }

        var autos = Enumerable.Range(0, specs.Count).Where(i => specs[i] is AutoWidth).ToList();
        var wanted = autos.ToDictionary(i => i, i => intrinsic[i]());
        var relativeCount = specs.Count(s => s is RelativeWidth);
        var wantedTotal = autos.Sum(i => wanted[i].Max);
        var room = Math.Max(0, remaining);
        if (wantedTotal <= room)
        {
            foreach (var i in autos)
            {
                widths[i] = wanted[i].Max;
            }
        }
        else
        {
            // Not room for every auto column at its widest: give each its narrowest, then share the rest in proportion to what it lacks.
            var minTotal = autos.Sum(i => wanted[i].Min);
            var spare = Math.Max(0, room - minTotal);
            var lack = autos.Sum(i => wanted[i].Max - wanted[i].Min);
            foreach (var i in autos)
            {
                var extra = lack > 0 ? spare * (wanted[i].Max - wanted[i].Min) / lack : 0;
                widths[i] = minTotal <= room ? wanted[i].Min + extra : room * (wanted[i].Min / Math.Max(minTotal, 1e-9));
            }
        }

        remaining -= autos.Sum(i => widths[i]);
        var weights = specs.Sum(s => s is RelativeWidth r ? r.Weight : 0);
        if (relativeCount > 0 && weights > 0)
        {
            for (var i = 0; i < specs.Count; i++)
            {
                if (specs[i] is RelativeWidth r)
                {
                    widths[i] = Math.Max(0, remaining) * r.Weight / weights;
                }
            }
        }

        return widths;
    }
}
