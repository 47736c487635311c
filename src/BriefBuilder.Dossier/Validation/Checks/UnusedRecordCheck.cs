using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Validation.Checks;

/// <summary>Sources nothing cites and people who say nothing are usually leftovers or typos in an ID elsewhere.</summary>
internal sealed class UnusedRecordCheck : IDossierCheck
{
    public void Run(Dossier dossier, FieldLocations locations, DiagnosticBag diagnostics)
    {
        var cited = new HashSet<string>(
            dossier.Claims.SelectMany(c => c.SourceIds).Concat(dossier.Events.SelectMany(e => e.SourceIds)),
            StringComparer.OrdinalIgnoreCase);
        foreach (var source in dossier.Sources.Where(s => !cited.Contains(s.Id)))
        {
            diagnostics.Report(
                locations.Locate(source.Origin, nameof(Source.Id)),
                ValidationCodes.UnusedSource,
                $"source '{source.Id}' is cited by no claim or event");
        }

        var speakers = new HashSet<string>(dossier.Claims.SelectMany(c => c.SpeakerIds), StringComparer.OrdinalIgnoreCase);
        foreach (var person in dossier.People.Where(p => !speakers.Contains(p.Id)))
        {
            diagnostics.Report(
                locations.Locate(person.Origin, nameof(Person.Id)),
                ValidationCodes.PersonWithoutClaims,
                $"person '{person.Id}' ({person.Name}) is the speaker of no claim");
        }
    }
}
