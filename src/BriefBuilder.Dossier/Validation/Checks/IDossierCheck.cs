using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Validation.Checks;

/// <summary>One rule over a whole dossier, reporting each breach at the field's cell.</summary>
internal interface IDossierCheck
{
    void Run(Dossier dossier, FieldLocations locations, DiagnosticBag diagnostics);
}
