using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Validation.Checks;

/// <summary>Each kind of record needs unique IDs, compared case-insensitively as lookups compare them.</summary>
internal sealed class DuplicateIdCheck : IDossierCheck
{
    public void Run(Dossier dossier, FieldLocations locations, DiagnosticBag diagnostics)
    {
        Check(dossier.Stances, s => s.Key, s => s.Origin, nameof(Stance.Key), "stance key");
        Check(dossier.Institutions, i => i.Id, i => i.Origin, nameof(Institution.Id), "institution ID");
        Check(dossier.People, p => p.Id, p => p.Origin, nameof(Person.Id), "person ID");
        Check(dossier.Sources, s => s.Id, s => s.Origin, nameof(Source.Id), "source ID");
        Check(dossier.Claims, c => c.Id, c => c.Origin, nameof(Claim.Id), "claim ID");
        Check(dossier.Events, e => e.Id, e => e.Origin, nameof(Event.Id), "event ID");

        void Check<T>(IEnumerable<T> records, Func<T, string> id, Func<T, RecordOrigin> origin, string field, string noun)
        {
            var first = new Dictionary<string, RecordOrigin>(StringComparer.OrdinalIgnoreCase);
            foreach (var record in records)
            {
                if (!first.TryAdd(id(record), origin(record)))
                {
                    diagnostics.Report(
                        locations.Locate(origin(record), field),
                        ValidationCodes.DuplicateId,
                        $"duplicate {noun} '{id(record)}': already used at {locations.Describe(first[id(record)], field)}");
                }
            }
        }
    }
}
