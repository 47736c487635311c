using BriefBuilder.Composition.Dates;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Filtering;

/// <summary>Leaves statements out of a selection so that a brief fits its page budget (the template's
/// <c>fit: statements</c>). Each stance keeps its share of the whole, so fitting never tilts the balance the record
/// has; within a stance, the statements the brief prints elsewhere stay first, then key statements, then the most
/// recent, the undated last.</summary>
internal static class StatementFit
{
    /// <summary>The selection with at most <paramref name="most"/> statements (more only when <paramref name="printedAnyway"/>,
    /// which another section prints whatever the fit, holds more), in workbook order, with the sources, people and
    /// institutions of those alone.</summary>
    public static BriefSelection Keep(BriefSelection selection, int most, IReadOnlySet<string> printedAnyway)
    {
        var chosen = selection.Chosen;
        var stances = Groups(selection, chosen);
        var quotas = Quotas([.. stances.Select(g => g.Count)], most);
        var kept = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < stances.Count; i++)
        {
            var ranked = stances[i]
                .OrderByDescending(c => printedAnyway.Contains(c.Id))
                .ThenByDescending(c => c.IsKey)
                .ThenByDescending(c => c.IsDated)
                .ThenByDescending(c => c.IsDated ? DatePlacement.LastKnown(c.Date!) : DateOnly.MinValue)
                .ThenByDescending(c => c.IsDated ? DatePlacement.FirstKnown(c.Date!) : DateOnly.MinValue)
                .ToList();
            kept.UnionWith(ranked.Take(quotas[i]));
            kept.UnionWith(ranked.Where(c => printedAnyway.Contains(c.Id)));
        }

        var claims = chosen.Where(kept.Contains).ToList();
        var events = selection.Events.ToList();
        return new BriefSelection(
            selection.Dossier,
            claims,
            selection.Events,
            Selector.CitedSources(selection.Dossier, claims, events),
            selection.Stances,
            Selector.Speakers(selection.Dossier, claims),
            Selector.Institutions(selection.Dossier, claims),
            selection.Criteria)
        {
            AsOf = selection.AsOf,
            LeftOutByAsOf = selection.LeftOutByAsOf,
            Chosen = chosen,
        };
    }

    /// <summary>How many of each group to keep, <paramref name="most"/> in all: one each while there is room, the rest in
    /// proportion to what each group has left (largest remainders first, earlier groups on a tie), none beyond its count.</summary>
    public static int[] Quotas(IReadOnlyList<int> counts, int most)
    {
        var quotas = new int[counts.Count];
        var left = Math.Max(0, most);
        for (var i = 0; i < counts.Count && left > 0; i++)
        {
            if (counts[i] > 0)
            {
                quotas[i] = 1;
                left--;
            }
        }

        var rest = counts.Select((count, i) => count - quotas[i]).ToArray();
        var total = rest.Sum();
        if (left == 0 || total == 0)
        {
            return quotas;
        }

        left = Math.Min(left, total);
        var shares = rest.Select(r => (double)r * left / total).ToArray();
        for (var i = 0; i < quotas.Length; i++)
        {
            quotas[i] += (int)Math.Floor(shares[i]);
        }

        var remaining = left - shares.Sum(share => (int)Math.Floor(share));
        foreach (var i in Enumerable.Range(0, quotas.Length)
                     .Where(i => quotas[i] < counts[i])
                     .OrderByDescending(i => shares[i] - Math.Floor(shares[i]))
                     .ThenBy(i => i)
                     .Take(remaining))
        {
            quotas[i]++;
        }

        return quotas;
    }

    // The chosen statements by stance, in the order of the selection's stances, then any other stance key in the order
    // its first statement comes.
    private static List<List<Claim>> Groups(BriefSelection selection, IReadOnlyList<Claim> chosen)
    {
        var order = selection.Stances.Select(s => s.Key)
            .Concat(chosen.Select(c => c.StanceKey))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return [.. order.Select(key => chosen.Where(c => string.Equals(c.StanceKey, key, StringComparison.OrdinalIgnoreCase)).ToList())];
    }
}
