namespace BriefBuilder.Layout.Elements;

/// <summary>The pages the named anchors land on, set as a paragraph of linked page numbers in ascending order
/// ("3–5, 9"): separators and a lone dash (no anchor landed) in Style, numbers in LinkStyle (Style when absent),
/// digits grouped in threes with GroupSeparator. The engine lays out again until the pages it printed hold.</summary>
/// <param name="Before">Text printed before the numbers in the same paragraph (say, a bibliography entry and "cited on
/// pp."); <paramref name="BeforeOne"/> replaces it when the anchors land on one page ("p.").</param>
/// <param name="After">Text printed after the numbers.</param>
/// <param name="WhenNone">Printed instead of the numbers, and of Before and After, when no anchor landed; a dash when null.</param>
public sealed record PageReferences(
    IReadOnlyList<string> Anchors,
    TextStyle Style,
    TextStyle? LinkStyle = null,
    ParagraphStyle? ParagraphStyle = null,
    string GroupSeparator = "",
    IReadOnlyList<Span>? Before = null,
    IReadOnlyList<Span>? BeforeOne = null,
    IReadOnlyList<Span>? After = null,
    IReadOnlyList<Span>? WhenNone = null) : Element;
