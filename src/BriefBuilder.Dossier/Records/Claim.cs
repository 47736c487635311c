using BriefBuilder.Dates;

namespace BriefBuilder.Records;

/// <summary>One attributed public statement: who said what, when, with which stance, citing which sources. A claim with
/// speakers may speak for no institution (its speakers spoke in a personal capacity): then InstitutionId is null.</summary>
public sealed record Claim(
    string Id,
    DateValue Date,
    string? DisplayDate,
    IReadOnlyList<string> SpeakerIds,
    string? InstitutionId,
    string StanceKey,
    string Summary,
    string? Quote,
    IReadOnlyList<string> SourceIds,
    string? Locator,
    IReadOnlyList<string> Tags,
    ClaimStatus Status,
    string? Notes,
    RecordOrigin Origin);

/// <summary>Whether a claim has been checked against its sources.</summary>
public enum ClaimStatus
{
    Verified,
    Draft,
}
