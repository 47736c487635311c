namespace BriefBuilder.Layout.Elements;

/// <summary>The pages the named anchors land on, set as a paragraph of linked page numbers in ascending order
/// ("3–5, 9"): separators and a lone dash (no anchor landed) in Style, numbers in LinkStyle (Style when absent),
/// digits grouped in threes with GroupSeparator. The engine lays out again until the pages it printed hold.</summary>
public sealed record PageReferences(
    IReadOnlyList<string> Anchors,
    TextStyle Style,
    TextStyle? LinkStyle = null,
    ParagraphStyle? ParagraphStyle = null,
    string GroupSeparator = "") : Element;
