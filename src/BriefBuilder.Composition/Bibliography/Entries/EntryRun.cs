namespace BriefBuilder.Composition.Bibliography.Entries;

/// <summary>A stretch of an entry's text with one look: plain or italic, and a link target when it is a URL.</summary>
public sealed record EntryRun(string Text, bool Italic = false, string? Url = null);
