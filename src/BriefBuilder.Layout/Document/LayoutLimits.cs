namespace BriefBuilder.Layout.Document;

/// <summary>How much a layout will take before it stops with a <see cref="LayoutLimitException"/> naming the limit:
/// characters in one paragraph (checked before it is shaped) and pages (checked as each is made).</summary>
public sealed record LayoutLimits
{
    public static LayoutLimits Default { get; } = new();

    // The names `--limit NAME=N` knows each limit by.
    public const string ParagraphCharactersName = "paragraph-characters";
    public const string PagesName = "pages";

    /// <summary>Characters in one paragraph, label or table cell; a 1 MB summary is a quarter of the default.</summary>
    public int ParagraphCharacters { get; init; } = 4_000_000;

    /// <summary>Pages in one document.</summary>
    public int Pages { get; init; } = 100_000;
}
