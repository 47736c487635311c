using BriefBuilder.Diagnostics;
using BriefBuilder.Records;
using BriefBuilder.Validation.Names;

namespace BriefBuilder.Validation.Checks;

/// <summary>The same person or institution entered twice under slightly different spellings splits their claims:
/// names equal once accents, case and spacing are set aside, or a letter or two apart, are pointed out.</summary>
internal sealed class NearDuplicateNameCheck : IDossierCheck
{
    public void Run(Dossier dossier, FieldLocations locations, DiagnosticBag diagnostics)
    {
        Check(dossier.People, p => p.Id, p => p.Name, p => p.Origin, nameof(Person.Name), "person");
        Check(dossier.Institutions, i => i.Id, i => i.Name, i => i.Origin, nameof(Institution.Name), "institution");

        void Check<T>(IReadOnlyList<T> records, Func<T, string> id, Func<T, string> name, Func<T, RecordOrigin> origin, string field, string noun)
        {
            var earlier = new List<T>();
            var names = new NearNames();
            foreach (var record in records)
            {
                var key = NameKey.Of(name(record));
                if (key.Length == 0)
                {
                    continue;
                }

                var exhausted = names.Exhausted;
                var found = names.Add(key, AllowedEdits(key));
                if (!exhausted && names.Exhausted)
                {
                    diagnostics.Report(
                        locations.Locate(origin(record), field),
                        ValidationCodes.NearDuplicateName,
                        $"near-duplicate names were looked for up to {noun} '{id(record)}' only: so many names are alike that comparing the rest would take too long");
                }

                if (found >= 0)
                {
                    var match = earlier[found];
                    diagnostics.Report(
                        locations.Locate(origin(record), field),
                        ValidationCodes.NearDuplicateName,
                        $"{noun} '{id(record)}' is named '{name(record)}', very like '{name(match)}' ({noun} '{id(match)}' at {locations.Describe(origin(match), field)}): the same {noun} twice?");
                }

                earlier.Add(record);
            }
        }
    }

    // Short names differ by one letter too often to mean anything ("Jan Bos", "Jan Bot"); long ones rarely do.
    private static int AllowedEdits(string key) => key.Length switch
    {
        < 8 => 0,
        < 16 => 1,
        _ => 2,
    };
}
