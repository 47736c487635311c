namespace BriefBuilder.Layout.Results;

/// <summary>Something the layout had to change, with what it concerns, so that the caller can report it against the
/// input it came from (the fonts a template chose, the content a workbook gave).</summary>
public sealed record LayoutWarning(LayoutWarningSource Source, string Message)
{
    public override string ToString() => Message;

    internal static LayoutWarning OfContent(string message) => new(LayoutWarningSource.Content, message);
}

/// <summary>What a layout warning concerns.</summary>
public enum LayoutWarningSource
{
    /// <summary>A piece of the document's content (text, a table, a heading, an anchor); the message quotes its first words.</summary>
    Content,

    /// <summary>The document's font choice: a family that is not installed.</summary>
    Fonts,

    /// <summary>The pages as a whole: page numbers or totals that did not settle.</summary>
    Pagination,
}
