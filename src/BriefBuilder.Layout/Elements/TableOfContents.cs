namespace BriefBuilder.Layout.Elements;

/// <summary>A table of contents of the document's headings down to MaxLevel, with real page numbers and links (tagged TOC/TOCI).</summary>
public sealed record TableOfContents(int MaxLevel = 2, TextStyle? Style = null) : Element;
