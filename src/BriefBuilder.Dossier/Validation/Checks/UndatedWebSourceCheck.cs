using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Validation.Checks;

/// <summary>A web page changes: without a publication date, the accessed date is the only way to say which
/// version was read.</summary>
internal sealed class UndatedWebSourceCheck : IDossierCheck
{
    public void Run(Dossier dossier, FieldLocations locations, DiagnosticBag diagnostics)
    {
        foreach (var source in dossier.Sources.Where(s => s is { Type: SourceType.Web, Date: null, Accessed: null }))
        {
            diagnostics.Report(
                locations.Locate(source.Origin, nameof(Source.Date)),
                ValidationCodes.UndatedWebSource,
                $"web source '{source.Id}' has neither a date nor an accessed date");
        }
    }
}
