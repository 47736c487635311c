using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Sections.Cover;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Findings;

/// <summary>The paragraph that opens a year in review: statements dated in the year by stance, the busiest month, the
/// voices heard that year for the first time in the record, and how many undated statements may fall in the year.</summary>
internal static class YearInReview
{
    public static string Paragraph(BriefContext context)
    {
        var selection = context.Selection;
        var year = selection.Criteria.Year!.Value;
        var language = context.Language;
        var labels = context.Labels;
        var dated = selection.DatedClaims.ToList();
        var sentences = new List<string>();
        var byStance = selection.Stances
            .Select(stance => (Stance: stance, Count: dated.Count(c => string.Equals(c.StanceKey, stance.Key, StringComparison.OrdinalIgnoreCase))))
            .Where(s => s.Count > 0)
            .Select(s => TextPattern.Fill(labels.YearStance, ("count", language.Number(s.Count)), ("stance", s.Stance.Label)));
        sentences.Add(TextPattern.Fill(
            dated.Count == 0 ? labels.YearNoneDated : labels.YearDated,
            ("year", context.Dates.Year(year)),
            ("statements", language.Quantity(dated.Count, language.Nouns.Statement)),
            ("stances", language.List(byStance))));

        var busiest = dated
            .Select(selection.WhenMade)
            .Where(span => span.Month is not null)
            .GroupBy(span => span.Month!.Value)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .FirstOrDefault();
        if (busiest is not null && busiest.Count() > 1)
        {
            sentences.Add(TextPattern.Fill(
                labels.YearBusiestMonth,
                ("month", context.Dates.Month(busiest.Key.Year, busiest.Key.Month)),
                ("statements", language.Quantity(busiest.Count(), language.Nouns.Statement))));
        }

        var newVoices = NewVoices(selection.Dossier, dated, year);
        if (newVoices > 0)
        {
            sentences.Add(TextPattern.Fill(labels.YearNewVoices, ("speakers", language.Quantity(newVoices, language.Nouns.Speaker))));
        }

        var undated = selection.Claims.Count - dated.Count;
        if (undated > 0)
        {
            sentences.Add(TextPattern.Fill(
                labels.YearUndated,
                ("statements", language.Quantity(undated, language.Nouns.Statement)),
                ("year", context.Dates.Year(year))));
        }

        return string.Join(" ", sentences);
    }

    // Voices (a named speaker, or an institution speaking without one) whose first dated statement in the whole record
    // falls in the year.
    private static int NewVoices(Dossier dossier, IReadOnlyList<Claim> dated, int year)
    {
        var earlier = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var claim in dossier.Claims.Where(c => c.IsDated && AnnualYear.StartYear(c) < year))
        {
            earlier.UnionWith(Voices(claim));
        }

        return dated.SelectMany(Voices).Distinct(StringComparer.OrdinalIgnoreCase).Count(voice => !earlier.Contains(voice));
    }

    private static IEnumerable<string> Voices(Claim claim) => claim.SpeakerIds.Count > 0
        ? claim.SpeakerIds.Select(id => "person:" + id)
        : ["institution:" + claim.InstitutionId];
}
