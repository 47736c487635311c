using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Validation.Checks;

/// <summary>Every ID a record mentions must name a record of the expected kind.</summary>
internal sealed class ReferenceCheck : IDossierCheck
{
    public void Run(Dossier dossier, FieldLocations locations, DiagnosticBag diagnostics)
    {
        foreach (var claim in dossier.Claims)
        {
            foreach (var speaker in claim.SpeakerIds)
            {
                Expect(dossier.FindPerson(speaker) is not null, claim.Origin, nameof(Claim.SpeakerIds), "person", speaker);
            }

            Expect(claim.InstitutionId is null || dossier.FindInstitution(claim.InstitutionId) is not null, claim.Origin, nameof(Claim.InstitutionId), "institution", claim.InstitutionId);
            Expect(claim.StanceKey.Length == 0 || dossier.FindStance(claim.StanceKey) is not null, claim.Origin, nameof(Claim.StanceKey), "stance", claim.StanceKey);
            ExpectSources(claim.SourceIds, claim.Origin, nameof(Claim.Citations));
        }

        foreach (var person in dossier.People)
        {
            Expect(person.InstitutionId is null || dossier.FindInstitution(person.InstitutionId) is not null, person.Origin, nameof(Person.InstitutionId), "institution", person.InstitutionId);
            Expect(person.AffiliationId is null || dossier.FindInstitution(person.AffiliationId) is not null, person.Origin, nameof(Person.AffiliationId), "institution", person.AffiliationId);
        }

        foreach (var institution in dossier.Institutions)
        {
            Expect(institution.ParentId is null || dossier.FindInstitution(institution.ParentId) is not null, institution.Origin, nameof(Institution.ParentId), "institution", institution.ParentId);
        }

        foreach (var item in dossier.Events)
        {
            ExpectSources(item.SourceIds, item.Origin, nameof(Event.Citations));
        }

        void ExpectSources(IEnumerable<string> ids, RecordOrigin origin, string field)
        {
            foreach (var id in ids)
            {
                Expect(dossier.FindSource(id) is not null, origin, field, "source", id);
            }
        }

        void Expect(bool found, RecordOrigin origin, string field, string kind, string? id)
        {
            if (!found)
            {
                var key = kind == "stance" ? "key" : "ID";
                diagnostics.Error(locations.Locate(origin, field), ValidationCodes.UnknownReference, $"no {kind} has the {key} '{id}'");
            }
        }
    }
}
