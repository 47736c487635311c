namespace BriefBuilder.Layout.Elements;

/// <summary>Blocks flowing down <paramref name="Count"/> columns side by side, read column after column. Where the
/// blocks end, the columns are balanced to about equal height (measured, as QuestPDF's MultiColumn does); a block is
/// never split between columns unless it is taller than a column, and a block that keeps with the next is not left at
/// a column's foot.</summary>
public sealed record MultiColumn(IReadOnlyList<ColumnBlock> Blocks, int Count = 2, double Gap = 12, double Spacing = 0) : Element;

/// <summary>One block of a <see cref="MultiColumn"/>. ContinuedHead, when given, is printed above the block when it
/// opens a column that goes on with something begun in the column before (a "(continued)" title), as decoration.</summary>
public sealed record ColumnBlock(Element Content, Element? ContinuedHead = null);
