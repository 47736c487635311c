using BriefBuilder.Composition.Dates;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Filtering;

/// <summary>Chooses the claims, events and sources a brief shows.</summary>
/// <remarks>
/// A dated statement counts by the day its date starts ("October 2023" by 1 October, an interval by its start); an
/// undated one by its window. With an as-of date, a statement is in when it was certainly made by that day: its own
/// date (or window) ends on or before it, or a source reporting it was published by then. Statements that only may
/// have been made by then are left out and counted. Every source a selected statement cites is in, even one published
/// after the as-of date: a statement is never printed without its sources, and their dates show when they appeared.
/// </remarks>
internal static class Selector
{
    public static BriefSelection Select(Dossier dossier, BriefTemplate template, BriefOptions options, DiagnosticBag diagnostics)
    {
        var filters = template.Filters;
        var stanceKeys = KnownStances(dossier, template, diagnostics);
        var tags = new HashSet<string>(filters.Tags, StringComparer.OrdinalIgnoreCase);
        bool Tagged(IReadOnlyList<string> recordTags) => tags.Count == 0 || recordTags.Any(tags.Contains);

        var claims = dossier.Claims.Where(c =>
            (stanceKeys.Count == 0 || stanceKeys.Contains(c.StanceKey))
            && (!filters.VerifiedOnly || c.Status == ClaimStatus.Verified)
            && (!filters.KeyOnly || c.IsKey)
            && Tagged(c.Tags)
            && InPeriod(WhenMade.Of(c, dossier), c.IsDated, filters)).ToList();
        var events = dossier.Events.Where(e => Tagged(e.Tags) && InPeriod(e.Date, filters)).ToList();

        var leftOut = 0;
        if (options.AsOf is { } asOf)
        {
            leftOut = claims.Count(c => WhenMade.Of(c, dossier) is var span && !span.CertainlyBy(asOf) && span.Earliest <= asOf);
            claims.RemoveAll(c => !WhenMade.Of(c, dossier).CertainlyBy(asOf));
            events.RemoveAll(e => e.Date.Earliest > asOf);
        }

        var dossierAsOf = options.AsOf ?? LatestDay(dossier);
        var year = options.Year ?? filters.Year.Fixed ?? (filters.Year.Latest ? AnnualYear.Default(dossier, claims, dossierAsOf) : null);
        if (year is { } y)
        {
            var first = new DateOnly(y, 1, 1);
            var last = new DateOnly(y, 12, 31);
            claims.RemoveAll(c => c.IsDated ? AnnualYear.StartYear(c) != y : !WhenMade.Of(c, dossier).MayFallIn(first, last));
            // An event is context for a year it overlaps: a blockade from December 2022 to September 2023 is in 2023's.
            events.RemoveAll(e => DatePlacement.FirstKnown(e.Date) > last || DatePlacement.LastKnown(e.Date) < first);
        }

        var criteria = new SelectionCriteria(
            [.. stanceKeys.Order(StringComparer.Ordinal)], filters.Tags, filters.VerifiedOnly, filters.KeyOnly, filters.From, filters.To, year, options.AsOf);
        return new BriefSelection(
            dossier,
            claims,
            events,
            CitedSources(dossier, claims, events),
            [.. dossier.Stances.Where(s => stanceKeys.Count == 0 || stanceKeys.Contains(s.Key))],
            Speakers(dossier, claims),
            Institutions(dossier, claims),
            criteria)
        {
            AsOf = dossierAsOf,
            LeftOutByAsOf = leftOut,
        };
    }

    /// <summary>The latest day the record dates anything on (a claim, an event or a source, each by the day it starts),
    /// the default as-of date of a brief; null for a record with no dates at all.</summary>
    public static DateOnly? LatestDay(Dossier dossier)
    {
        var starts = dossier.Claims.Where(c => c.Date is not null).Select(c => DatePlacement.FirstKnown(c.Date!))
            .Concat(dossier.Events.Select(e => DatePlacement.FirstKnown(e.Date)))
            .Concat(dossier.Sources.Where(s => s.Date is not null).Select(s => DatePlacement.FirstKnown(s.Date!)))
            .Where(day => day != DateOnly.MinValue)
            .ToList();
        return starts.Count == 0 ? null : starts.Max();
    }

    // A dated statement is in the period when its date starts in it; an undated one when its whole window is in it.
    private static bool InPeriod(WhenMade span, bool dated, TemplateFilters filters) =>
        (filters.From is not { } from || span.Earliest >= from)
        && (filters.To is not { } to || (dated ? span.Earliest : span.Latest) <= to);

    private static bool InPeriod(BriefBuilder.Dates.DateValue date, TemplateFilters filters) =>
        (filters.From is not { } from || date.Earliest >= from) && (filters.To is not { } to || date.Earliest <= to);

    private static HashSet<string> KnownStances(Dossier dossier, BriefTemplate template, DiagnosticBag diagnostics)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in template.Filters.Stances)
        {
            if (dossier.FindStance(key) is { } stance)
            {
                keys.Add(stance.Key);
            }
            else
            {
                var known = string.Join(", ", dossier.Stances.Select(s => s.Key));
                diagnostics.Report(
                    template.StancesLocation ?? new SourceLocation(template.File),
                    TemplateCodes.UnknownStance,
                    $"the template's filters.stances names '{key}', which the workbook's Stances sheet does not define; it defines: {known}");
            }
        }

        return keys;
    }

    // Every source the selected claims and events cite, in workbook order, whatever its date.
    internal static List<Source> CitedSources(Dossier dossier, List<Claim> claims, List<Event> events)
    {
        var cited = new HashSet<string>(
            claims.SelectMany(c => c.SourceIds).Concat(events.SelectMany(e => e.SourceIds)),
            StringComparer.OrdinalIgnoreCase);
        return [.. dossier.Sources.Where(s => cited.Contains(s.Id))];
    }

    internal static List<Person> Speakers(Dossier dossier, List<Claim> claims)
    {
        var ids = new HashSet<string>(claims.SelectMany(c => c.SpeakerIds), StringComparer.OrdinalIgnoreCase);
        return [.. dossier.People.Where(p => ids.Contains(p.Id))];
    }

    // The institutions the selected statements speak for, and those that identify their speakers.
    internal static List<Institution> Institutions(Dossier dossier, List<Claim> claims)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var claim in claims)
        {
            if (claim.InstitutionId is { } spokeFor)
            {
                ids.Add(spokeFor);
            }

            foreach (var speaker in claim.SpeakerIds)
            {
                if (dossier.FindPerson(speaker)?.IdentifyingInstitutionId is { } institution)
                {
                    ids.Add(institution);
                }
            }
        }

        return [.. dossier.Institutions.Where(i => ids.Contains(i.Id))];
    }
}
