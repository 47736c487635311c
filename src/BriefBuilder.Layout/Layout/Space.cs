namespace BriefBuilder.Layout.Layout;

/// <summary>The room offered to a node: width and height in points, and whether nothing has been placed above it on
/// this page yet (a node at the top of a page must make progress, so it may not wrap).</summary>
internal readonly record struct Space(double Width, double Height, bool AtPageTop)
{
    public Space Shrink(double width, double height) => this with { Width = Math.Max(0, Width - width), Height = Math.Max(0, Height - height) };
}
