using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout;

/// <summary>Shares a width among columns: fixed widths as given, auto widths at their content's widest (shrunk towards
/// their narrowest when there is not room for all), relative widths by weight in what remains, none narrower than its
/// widest word while the room allows.</summary>
internal static class ColumnWidths
{
    /// <param name="intrinsic">A column's narrowest and widest content, asked only of auto and relative columns.</param>
    public static double[] Resolve(IReadOnlyList<Width> specs, Func<int, (double Min, double Max)> intrinsic, double available)
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
        var wanted = autos.ToDictionary(i => i, intrinsic);
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
        if (relativeCount > 0)
        {
            ShareByWeight(specs, intrinsic, widths, Math.Max(0, remaining));
        }

        return widths;
    }

    // Relative columns share the room by weight, but none is narrower than its widest word: a column whose share is
    // less keeps its narrowest and the others share what is left, until every share holds its words (or, when the
    // words alone are wider than the room, each gets the room in proportion to its narrowest).
    private static void ShareByWeight(IReadOnlyList<Width> specs, Func<int, (double Min, double Max)> intrinsic, double[] widths, double room)
    {
        var relative = Enumerable.Range(0, specs.Count).Where(i => specs[i] is RelativeWidth { Weight: > 0 }).ToList();
        var narrowest = relative.ToDictionary(i => i, i => intrinsic(i).Min);
        var pinned = new HashSet<int>();
        while (true)
        {
            var free = relative.Where(i => !pinned.Contains(i)).ToList();
            var left = room - pinned.Sum(i => narrowest[i]);
            var weights = free.Sum(i => ((RelativeWidth)specs[i]).Weight);
            var under = free.Where(i => left * ((RelativeWidth)specs[i]).Weight / weights < narrowest[i]).ToList();
            if (under.Count == 0 || left < 0)
            {
                if (left < 0)
                {
                    var total = relative.Sum(i => narrowest[i]);
                    relative.ForEach(i => widths[i] = room * narrowest[i] / total);
                    return;
                }

                pinned.ToList().ForEach(i => widths[i] = narrowest[i]);
                free.ForEach(i => widths[i] = left * ((RelativeWidth)specs[i]).Weight / weights);
                return;
            }

            pinned.UnionWith(under);
        }
    }
}
