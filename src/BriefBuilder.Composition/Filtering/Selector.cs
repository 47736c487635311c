using BriefBuilder.Composition.Dates;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Dates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Filtering;

/// <summary>Chooses the claims, events and sources a brief shows. A record's date counts by its earliest possible day,
/// so an interval counts by its start and "October 2023" by 1 October 2023.</summary>
public static class Selector
{
    public static BriefSelection Select(Dossier dossier, BriefTemplate template, BriefOptions options, DiagnosticBag diagnostics)
    {
        var filters = template.Filters;
        var stanceKeys = KnownStances(dossier, template, diagnostics);
        var tags = new HashSet<string>(filters.Tags, StringComparer.OrdinalIgnoreCase);

        bool InPeriod(DateValue date) =>
            (filters.From is not { } from || date.Earliest >= from)
            && (filters.To is not { } to || date.Earliest <= to)
            && (options.AsOf is not { } asOf || date.Earliest <= asOf);

        bool Tagged(IReadOnlyList<string> recordTags) => tags.Count == 0 || recordTags.Any(tags.Contains);

        var claims = dossier.Claims.Where(c =>
            (stanceKeys.Count == 0 || stanceKeys.Contains(c.StanceKey))
            && (!filters.VerifiedOnly || c.Status == ClaimStatus.Verified)
            && Tagged(c.Tags)
            && InPeriod(c.Date)).ToList();
        var events = dossier.Events.Where(e => Tagged(e.Tags) && InPeriod(e.Date)).ToList();

        var year = options.Year ?? filters.Year.Fixed ?? (filters.Year.Latest ? LatestYear(claims, events) : null);
        if (year is { } y)
        {
            claims.RemoveAll(c => DatePlacement.FirstKnown(c.Date).Year != y);
            events.RemoveAll(e => DatePlacement.FirstKnown(e.Date).Year != y);
        }

        var sources = CitedSources(dossier, claims, events, options.AsOf);
        var criteria = new SelectionCriteria(
            [.. stanceKeys.Order(StringComparer.Ordinal)], filters.Tags, filters.VerifiedOnly, filters.From, filters.To, year, options.AsOf);
        return new BriefSelection(
            dossier,
            claims,
            events,
            sources,
            [.. dossier.Stances.Where(s => stanceKeys.Count == 0 || stanceKeys.Contains(s.Key))],
            Speakers(dossier, claims),
            Institutions(dossier, claims),
            criteria)
        {
            AsOf = options.AsOf ?? LatestStart(claims, events, sources),
        };
    }

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
                diagnostics.Error(
                    template.StancesLocation ?? new SourceLocation(template.File),
                    "TPL005",
                    $"the template's filters.stances names '{key}', which the workbook's Stances sheet does not define; it defines: {known}");
            }
        }

        return keys;
    }

    private static int? LatestYear(List<Claim> claims, List<Event> events) =>
        claims.Select(c => DatePlacement.FirstKnown(c.Date).Year).Concat(events.Select(e => DatePlacement.FirstKnown(e.Date).Year)).DefaultIfEmpty().Max() is var y and > 0 ? y : null;

    private static DateOnly? LatestStart(List<Claim> claims, List<Event> events, IReadOnlyList<Source> sources)
    {
        var starts = claims.Select(c => DatePlacement.FirstKnown(c.Date))
            .Concat(events.Select(e => DatePlacement.FirstKnown(e.Date)))
            .Concat(sources.Where(s => s.Date is not null).Select(s => DatePlacement.FirstKnown(s.Date!)))
            .ToList();
        return starts.Count == 0 ? null : starts.Max();
    }

    // Sources cited by the selected claims and events, in workbook order; with an as-of date, none published after it.
    private static List<Source> CitedSources(Dossier dossier, List<Claim> claims, List<Event> events, DateOnly? asOf)
    {
        var cited = new HashSet<string>(
            claims.SelectMany(c => c.SourceIds).Concat(events.SelectMany(e => e.SourceIds)),
            StringComparer.OrdinalIgnoreCase);
        return [.. dossier.Sources.Where(s =>
            cited.Contains(s.Id) && (asOf is not { } day || s.Date is null || s.Date.Earliest <= day))];
    }

    private static List<Person> Speakers(Dossier dossier, List<Claim> claims)
    {
        var ids = new HashSet<string>(claims.SelectMany(c => c.SpeakerIds), StringComparer.OrdinalIgnoreCase);
        return [.. dossier.People.Where(p => ids.Contains(p.Id))];
    }

    private static List<Institution> Institutions(Dossier dossier, List<Claim> claims)
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
                if (dossier.FindPerson(speaker)?.InstitutionId is { } institution)
                {
                    ids.Add(institution);
                }
            }
        }

        return [.. dossier.Institutions.Where(i => ids.Contains(i.Id))];
    }
}
