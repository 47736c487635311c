using BriefBuilder.Composition.Dates;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Filtering;

/// <summary>Which calendar year a year in review covers by default, and which year a dated statement belongs to.</summary>
internal static class AnnualYear
{
    /// <summary>The year a dated statement belongs to: the year its date starts in.</summary>
    public static int StartYear(Claim claim) => DatePlacement.FirstKnown(claim.Date!).Year;

    /// <summary>The latest calendar year that ended on or before the as-of date and holds dated statements; when no
    /// complete year does, the latest year with dated statements (a year so far); null when nothing is dated.</summary>
    public static int? Default(Dossier dossier, IReadOnlyList<Claim> claims, DateOnly? asOf)
    {
        var years = claims.Where(c => c.IsDated).Select(StartYear).Where(y => y > 1).Distinct().ToList();
        if (years.Count == 0)
        {
            return null;
        }

        var complete = years.Where(y => asOf is not { } day || new DateOnly(y, 12, 31) <= day).ToList();
        return complete.Count > 0 ? complete.Max() : years.Max();
    }
}
