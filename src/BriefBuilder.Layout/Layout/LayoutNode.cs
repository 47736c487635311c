namespace BriefBuilder.Layout.Layout;

/// <summary>The engine's protocol. Measure(space) says what the node would do in that space without changing anything;
/// Draw(canvas, x, y, space) paints exactly that and remembers where it stopped, so a node that answered PartialRender
/// continues on the next page, and a node that has drawn everything answers Empty from then on. Restart() takes it
/// (and the children it keeps) back to its start for the next layout pass; a column's children and a table's rows are
/// made again as each pass reaches them (<see cref="NodeWindow{T}"/>).</summary>
internal abstract class LayoutNode
{
    public abstract SpacePlan Measure(Space space);

    public abstract void Draw(PageCanvas canvas, double x, double y, Space space);

    /// <summary>Forgets what was drawn, so the next pass lays the node out from its start (with that pass's printed pages).</summary>
    public abstract void Restart();

    /// <summary>The narrowest and widest the content would like to be, for auto-width columns.</summary>
    public virtual (double Min, double Max) IntrinsicWidth() => (0, 0);

    /// <summary>True when this node asks to stay on the page of what follows it (headings, KeepWithNext).</summary>
    public virtual bool KeepsWithNext => false;
}
