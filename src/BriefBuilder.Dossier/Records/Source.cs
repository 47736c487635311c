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
    string? Correction,
    RecordOrigin Origin)
{
    /// <summary>True when the title is the curator's description of an untitled work, written in square brackets in the
    /// workbook ("[Joint motion for a resolution]"), rather than the work's own title.</summary>
    public bool HasDescriptiveTitle => Title is { Length: > 2 } title && title[0] == '[' && title[^1] == ']';

    /// <summary>The title without the square brackets that mark a description.</summary>
    public string? PlainTitle => HasDescriptiveTitle ? Title![1..^1].Trim() : Title;
}

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
