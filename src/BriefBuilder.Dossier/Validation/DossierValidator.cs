using BriefBuilder.Diagnostics;
using BriefBuilder.Records;
using BriefBuilder.Validation.Checks;

namespace BriefBuilder.Validation;

/// <summary>Checks a dossier as a whole: unique IDs, references that resolve, sound institution trees, usable URLs,
/// and the warnings a curator wants before publishing (near-duplicate names, unused sources, drafts).</summary>
public static class DossierValidator
{
    private static readonly IReadOnlyList<IDossierCheck> Checks =
    [
        new DuplicateIdCheck(),
        new ReferenceCheck(),
        new ParentCycleCheck(),
        new UrlSchemeCheck(),
        new NearDuplicateNameCheck(),
        new UnusedRecordCheck(),
        new UndatedWebSourceCheck(),
        new DraftClaimCheck(),
        new ShortFormCheck(),
    ];

    /// <summary>Runs every check; each diagnostic points at the cell of the field at fault.</summary>
    public static IReadOnlyList<Diagnostic> Validate(Dossier dossier, FieldLocations locations)
    {
        var bag = new DiagnosticBag();
        foreach (var check in Checks)
        {
            check.Run(dossier, locations, bag);
        }

        return bag.Items;
    }
}
