using BriefBuilder.Dates;

namespace BriefBuilder.Records;

/// <summary>Something that happened, shown on the timeline for context (a ceasefire, an offensive, a visit).</summary>
public sealed record Event(
    string Id,
    DateValue Date,
    string Title,
    string? Description,
    IReadOnlyList<string> SourceIds,
    IReadOnlyList<string> Tags,
    RecordOrigin Origin);
