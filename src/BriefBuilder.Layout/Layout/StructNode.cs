using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout;

/// <summary>A node of the logical structure (PDF tagging) that drawn content belongs to. Layout records it with each
/// drawing operation; the writer turns the chain of parents into structure elements. Content with no structure node is
/// an artifact (page furniture, decoration, repeated table headers).</summary>
internal sealed class StructNode
{
    // Shared by every node of one tree: the next number to hand out.
    private readonly int[] _count;

    private StructNode(string tag, StructNode? parent)
    {
        Tag = tag;
        Parent = parent;
        Depth = parent is null ? 0 : parent.Depth + 1;
        _count = parent?._count ?? [0];
        Number = _count[0]++;
    }

    /// <summary>The node's number in its tree, from 0 (the root) in the order nodes were made: lets the writer index
    /// its structure elements by number instead of hashing a few hundred thousand objects by identity.</summary>
    public int Number { get; }

    public string Tag { get; }

    public StructNode? Parent { get; }

    public int Depth { get; }

    public string? AltText { get; init; }

    public string? Title { get; init; }

    public string? Language { get; init; }

    public HeaderScope Scope { get; init; }

    public int RowSpan { get; init; } = 1;

    public int ColumnSpan { get; init; } = 1;

    /// <summary>Set by the PDF writer's structure tree once it has written the node's element: content drawn for the node
    /// after that would be a layout bug, which the tree reports instead of giving the node a second element. A pass
    /// painted again after one thrown away goes to a new tree, which writes the element anew.</summary>
    public object? WrittenBy { get; set; }

    public static StructNode Document() => new("Document", null);

    /// <summary>A child of a (possibly absent) parent: under an artifact everything stays an artifact.</summary>
    public static StructNode? Under(StructNode? parent, string tag, string? altText = null, string? title = null, string? language = null,
        HeaderScope scope = HeaderScope.None, int rowSpan = 1, int columnSpan = 1) =>
        parent is null
            ? null
            : new StructNode(tag, parent) { AltText = altText, Title = title, Language = language, Scope = scope, RowSpan = rowSpan, ColumnSpan = columnSpan };

    public override string ToString() => Tag;
}
