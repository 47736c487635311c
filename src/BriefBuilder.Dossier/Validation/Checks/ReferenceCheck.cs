using BriefBuilder.Diagnostics;
using BriefBuilder.Records;
using BriefBuilder.Validation.Names;

namespace BriefBuilder.Validation.Checks;

/// <summary>Every ID a record mentions must name a record of the expected kind.</summary>
internal sealed class ReferenceCheck : IDossierCheck
{
    private const int MostHints = 200;

    public void Run(Dossier dossier, FieldLocations locations, DiagnosticBag diagnostics)
    {
        var hinted = 0;
        foreach (var claim in dossier.Claims)
        {
            foreach (var speaker in claim.SpeakerIds)
            {
                Expect(dossier.FindPerson(speaker) is not null, claim.Origin, nameof(Claim.SpeakerIds), "person", speaker, PersonIds);
            }

            Expect(claim.InstitutionId is null || dossier.FindInstitution(claim.InstitutionId) is not null, claim.Origin, nameof(Claim.InstitutionId), "institution", claim.InstitutionId, InstitutionIds);
            Expect(claim.StanceKey.Length == 0 || dossier.FindStance(claim.StanceKey) is not null, claim.Origin, nameof(Claim.StanceKey), "stance", claim.StanceKey, StanceKeys);
            ExpectSources(claim.SourceIds, claim.Origin, nameof(Claim.Citations));
        }

        foreach (var person in dossier.People)
        {
            Expect(person.InstitutionId is null || dossier.FindInstitution(person.InstitutionId) is not null, person.Origin, nameof(Person.InstitutionId), "institution", person.InstitutionId, InstitutionIds);
            Expect(person.AffiliationId is null || dossier.FindInstitution(person.AffiliationId) is not null, person.Origin, nameof(Person.AffiliationId), "institution", person.AffiliationId, InstitutionIds);
        }

        foreach (var institution in dossier.Institutions)
        {
            Expect(institution.ParentId is null || dossier.FindInstitution(institution.ParentId) is not null, institution.Origin, nameof(Institution.ParentId), "institution", institution.ParentId, InstitutionIds);
        }

        foreach (var item in dossier.Events)
        {
            ExpectSources(item.SourceIds, item.Origin, nameof(Event.Citations));
        }

        void ExpectSources(IEnumerable<string> ids, RecordOrigin origin, string field)
        {
            foreach (var id in ids)
            {
                Expect(dossier.FindSource(id) is not null, origin, field, "source", id, SourceIds);
            }
        }

        IEnumerable<string> PersonIds() => dossier.People.Select(p => p.Id);
        IEnumerable<string> InstitutionIds() => dossier.Institutions.Select(i => i.Id);
        IEnumerable<string> StanceKeys() => dossier.Stances.Select(s => s.Key);
        IEnumerable<string> SourceIds() => dossier.Sources.Select(s => s.Id);

        void Expect(bool found, RecordOrigin origin, string field, string kind, string? id, Func<IEnumerable<string>> known)
        {
            if (!found)
            {
                var key = kind == "stance" ? "key" : "ID";
                diagnostics.Report(locations.Locate(origin, field), ValidationCodes.UnknownReference, $"no {kind} has the {key} '{id}'{Hint(id, known)}");
            }
        }

        // Each hint is a search of every record of the kind, so a workbook with thousands of broken references gets
        // hints for the first ones only, as they are the ones printed.
        string Hint(string? id, Func<IEnumerable<string>> known)
        {
            if (id is null || ++hinted > MostHints || NearestName.Among(id, known()) is not { } near)
            {
                return string.Empty;
            }

            return $" (did you mean '{near}'?)";
        }
    }
}
