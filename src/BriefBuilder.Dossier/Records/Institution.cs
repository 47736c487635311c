namespace BriefBuilder.Records;

/// <summary>A government, court, parliament, organisation or outlet that speaks or employs speakers.</summary>
public sealed record Institution(
    string Id,
    string Name,
    string? ShortName,
    InstitutionType Type,
    string? Country,
    string? ParentId,
    string? Url,
    string? Notes,
    string? Correction,
    RecordOrigin Origin);

/// <summary>The kinds of institution the workbook schema knows.</summary>
public enum InstitutionType
{
    Government,
    Intergovernmental,
    Parliament,
    Court,
    Ngo,
    Academic,
    Media,
    ThinkTank,
    Other,
}
