using BriefBuilder.Composition.Styling;

namespace BriefBuilder.Composition.Sections.Charts;

/// <summary>Statements per month and stance, counted only where the record places a statement within one month; the rest
/// in two columns of their own: dated but not within one month, and undated. No month after the as-of date is listed.</summary>
internal sealed class MonthlyCounts
{
    private MonthlyCounts(IReadOnlyList<DateOnly> months, IReadOnlyList<StanceLook> looks, int[][] byMonth, int[] notInMonth, int[] undated)
    {
        Months = months;
        Looks = looks;
        ByMonth = byMonth;
        NotInMonth = notInMonth;
        Undated = undated;
    }

    /// <summary>The first day of each month shown, in order.</summary>
    public IReadOnlyList<DateOnly> Months { get; }

    public IReadOnlyList<StanceLook> Looks { get; }

    /// <summary>Counts by stance (outer, in <see cref="Looks"/> order) and month (inner, in <see cref="Months"/> order).</summary>
    public int[][] ByMonth { get; }

    /// <summary>Dated statements of each stance that the record does not place within one month.</summary>
    public int[] NotInMonth { get; }

    /// <summary>Undated statements of each stance.</summary>
    public int[] Undated { get; }

    public static MonthlyCounts Of(BriefContext context)
    {
        var selection = context.Selection;
        var looks = context.Palette.Looks.Where(l => selection.Stances.Contains(l.Stance)).ToList();
        var months = MonthsShown(context);
        var index = months.Select((m, i) => (m, i)).ToDictionary(p => (p.m.Year, p.m.Month), p => p.i);
        var byMonth = looks.Select(_ => new int[months.Count]).ToArray();
        var notInMonth = new int[looks.Count];
        var undated = new int[looks.Count];
        foreach (var claim in selection.Claims)
        {
            var stance = looks.FindIndex(l => string.Equals(l.Stance.Key, claim.StanceKey, StringComparison.OrdinalIgnoreCase));
            if (stance < 0)
            {
                continue;
            }

            var span = selection.WhenMade(claim);
            if (!claim.IsDated)
            {
                undated[stance]++;
            }
            else if (span.Month is { } month && index.TryGetValue(month, out var at))
            {
                byMonth[stance][at]++;
            }
            else
            {
                notInMonth[stance]++;
            }
        }

        return new MonthlyCounts(months, looks, byMonth, notInMonth, undated);
    }

    public bool HasNotInMonth => NotInMonth.Any(n => n > 0);

    public bool HasUndated => Undated.Any(n => n > 0);

    /// <summary>A year in review: its twelve months, up to the as-of month when that falls in the year; otherwise the
    /// months from the first to the last statement placed in one.</summary>
    private static List<DateOnly> MonthsShown(BriefContext context)
    {
        var selection = context.Selection;
        DateOnly first, last;
        if (selection.Criteria.Year is { } year)
        {
            first = new DateOnly(year, 1, 1);
            last = selection.AsOf is { } asOf && asOf.Year == year ? new DateOnly(year, asOf.Month, 1) : new DateOnly(year, 12, 1);
        }
        else
        {
            var placed = selection.Claims.Select(selection.WhenMade).Where(s => s.Month is not null).Select(s => s.Earliest).ToList();
            if (placed.Count == 0)
            {
                return [];
            }

            first = placed.Min();
            last = placed.Max();
        }

        var months = new List<DateOnly>();
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last && months.Count < 1200; month = month.AddMonths(1))
        {
            months.Add(month);
            if (month.Year == 9999 && month.Month == 12)
            {
                break;
            }
        }

        return months;
    }
}
