namespace BriefBuilder.Layout.Elements;

/// <summary>Children stacked vertically with a fixed gap between them. KeepLast is the fewest children the page it ends on
/// holds when it runs over a page (2 keeps a bibliography's last entry from standing alone; the first page's part gives them up).</summary>
public sealed record Column(IReadOnlyList<Element> Children, double Spacing = 0, int KeepLast = 1) : Element;

/// <summary>Children side by side; each cell's width is fixed, relative to the others, or its content's.</summary>
public sealed record Row(IReadOnlyList<RowCell> Cells, double Spacing = 0) : Element;

/// <summary>One cell of a <see cref="Row"/>.</summary>
public sealed record RowCell(Element Content, Width Width);

/// <summary>Space around an element.</summary>
public sealed record Padding(Element Content, Edges Edges) : Element;

/// <summary>A background fill and optional border behind an element.</summary>
public sealed record Box(Element Content, Color? Background = null, Border? Border = null) : Element;

/// <summary>Vertical blank space.</summary>
public sealed record Spacer(double Height) : Element;

/// <summary>Starts a new page, unless less would be wasted than it saves: never on the first page when SparesFirstPage,
/// and not when at least UnlessRoomLeft (a fraction of the page's body height) is left below it.</summary>
public sealed record PageBreak(double? UnlessRoomLeft = null, bool SparesFirstPage = false) : Element;

/// <summary>Moves its content to the next page rather than splitting it, unless it is taller than a page.</summary>
public sealed record KeepTogether(Element Content) : Element;

/// <summary>Keeps its content on the same page as the start of the element that follows it.</summary>
public sealed record KeepWithNext(Element Content) : Element;

/// <summary>A named place that links and the table of contents can point at.</summary>
public sealed record Anchor(string Name, Element? Content = null) : Element;

/// <summary>Makes its whole content a link.</summary>
public sealed record Link(Element Content, LinkTarget Target) : Element;

/// <summary>A group of elements tagged as one logical part (PDF `Sect`), e.g. a brief's section.</summary>
public sealed record Section(Element Content, string? Title = null) : Element;
