using BriefBuilder.Dates;
using BriefBuilder.Records;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Stand-ins for required values that could not be read. A row with an unreadable value is still bound,
/// so that the cross-reference checks see its IDs and say nothing false ("source S4 is cited by no claim");
/// the error has been reported, and a dossier with errors is never handed out, so no stand-in reaches a brief.
/// Each is chosen to trigger no warning of its own.</summary>
internal static class Fallbacks
{
    public static DateValue Date { get; } = DateValue.OfDay(DateOnly.MinValue);

    public const SourceType SourceType = Records.SourceType.Article;

    public const ClaimStatus Status = ClaimStatus.Verified;
}
