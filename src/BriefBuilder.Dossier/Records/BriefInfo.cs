namespace BriefBuilder.Records;

/// <summary>The workbook's `Brief` sheet: title, organisation, summary and other front matter.</summary>
public sealed record BriefInfo(
    string? Title = null,
    string? Subtitle = null,
    string? Organization = null,
    string? Author = null,
    string? Contact = null,
    string? Summary = null,
    string? Disclaimer = null,
    string? Language = null,
    string? CodingNote = null);
