using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Validation.Checks;

/// <summary>A short form stands in for its summary where room is short (a handout), so it must be short, and shorter
/// than what it stands in for; briefs never cut it to fit.</summary>
internal sealed class ShortFormCheck : IDossierCheck
{
    /// <summary>The longest short form a two-page handout's columns hold in about two lines at 9 pt.</summary>
    public const int MaximumLength = 120;

    public void Run(Dossier dossier, FieldLocations locations, DiagnosticBag diagnostics)
    {
        foreach (var claim in dossier.Claims)
        {
            if (claim.ShortForm?.Trim() is not { Length: > 0 } shortForm)
            {
                continue;
            }

            var location = locations.Locate(claim.Origin, nameof(Claim.ShortForm));
            if (shortForm.Length > MaximumLength)
            {
                diagnostics.Report(
                    location,
                    ValidationCodes.LongShortForm,
                    $"claim '{claim.Id}': the short form has {shortForm.Length} characters; keep it to {MaximumLength}, about two lines of a handout column, since briefs print it whole");
            }
            else if (shortForm.Length >= claim.Summary.Trim().Length && shortForm != claim.Summary.Trim())
            {
                diagnostics.Report(
                    location,
                    ValidationCodes.LongShortForm,
                    $"claim '{claim.Id}': the short form ({shortForm.Length} characters) is no shorter than the summary ({claim.Summary.Trim().Length}); leave it empty to print the summary");
            }
        }
    }
}
