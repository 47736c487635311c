using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Validation.Checks;

/// <summary>Drafts are claims not yet checked against their sources; each one is pointed out before publishing.</summary>
internal sealed class DraftClaimCheck : IDossierCheck
{
    public void Run(Dossier dossier, FieldLocations locations, DiagnosticBag diagnostics)
    {
        foreach (var claim in dossier.Claims.Where(c => c.Status == ClaimStatus.Draft))
        {
            diagnostics.Report(
                locations.Locate(claim.Origin, nameof(Claim.Status)),
                ValidationCodes.DraftClaim,
                $"claim '{claim.Id}' is a draft, so a brief that includes it is watermarked DRAFT: check it against its sources and mark it verified");
        }
    }
}
