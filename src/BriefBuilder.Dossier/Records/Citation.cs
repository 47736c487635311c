namespace BriefBuilder.Records;

/// <summary>One source a record cites, with where in that source (a page, paragraph or time code) when the curator says.</summary>
/// <remarks>A locator belongs to its own source: "S01 paras. 6–7; S02" prints "Demirdjian 2024, paras. 6–7; Bagheri 2023".</remarks>
public sealed record Citation(string SourceId, string? Locator = null);
