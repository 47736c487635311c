using BriefBuilder.Dates;

namespace BriefBuilder.Records;

/// <summary>Something that happened, shown on the timeline for context (a ceasefire, an offensive, a visit).</summary>
public sealed record Event(
    string Id,
    DateValue Date,
    string Title,
    string? Description,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> Tags,
    RecordOrigin Origin)
{
    /// <summary>The IDs of the cited sources, in citation order.</summary>
    public IReadOnlyList<string> SourceIds => new CitedSourceIds(Citations);
}
