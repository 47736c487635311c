namespace BriefBuilder.Records;

/// <summary>A named speaker, with their role, the institution they speak for (if any) and where they belong.</summary>
/// <param name="InstitutionId">The body the person speaks for (a minister's ministry); their statements count for it.</param>
/// <param name="AffiliationId">Where a person speaking for themselves works or belongs (an academic's university),
/// printed to identify them; their statements do not count for it.</param>
/// <param name="Country">The person's own country, when the record gives one.</param>
public sealed record Person(
    string Id,
    string Name,
    string? Role,
    string? InstitutionId,
    string? AffiliationId,
    string? Country,
    IReadOnlyList<string> Aliases,
    string? Notes,
    string? Correction,
    RecordOrigin Origin)
{
    /// <summary>The institution that identifies the person: the one they speak for, else their affiliation.</summary>
    public string? IdentifyingInstitutionId => InstitutionId ?? AffiliationId;
}
