using BriefBuilder.Dates;

namespace BriefBuilder.Records;

/// <summary>A published item that claims and events cite: an article, statement, report, resolution and so on.</summary>
public sealed record Source(
    string Id,
    SourceType Type,
    IReadOnlyList<Contributor> Authors,
    string? Title,
    string? Container,
    string? Publisher,
    DateValue? Date,
    string? Url,
    string? ArchivedUrl,
    DateValue? Accessed,
    string? Language,
    string? Notes,
    RecordOrigin Origin);

/// <summary>The kinds of source the workbook schema knows; each is formatted differently in a bibliography.</summary>
public enum SourceType
{
    Article,
    News,
    Statement,
    PressBriefing,
    Report,
    Resolution,
    Interview,
    Book,
    Web,
    Social,
}
