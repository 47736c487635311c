namespace BriefBuilder.Records;

/// <summary>A named speaker, with the role and institution they spoke for.</summary>
public sealed record Person(
    string Id,
    string Name,
    string? Role,
    string? InstitutionId,
    string? Country,
    IReadOnlyList<string> Aliases,
    string? Notes,
    RecordOrigin Origin);
