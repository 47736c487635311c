namespace BriefBuilder.Records;

/// <summary>A position a claim takes, as the workbook's curator defines it; the tool assigns no meaning of its own.</summary>
public sealed record Stance(
    string Key,
    string Label,
    string? Description,
    string? Color,
    int Order,
    RecordOrigin Origin);
