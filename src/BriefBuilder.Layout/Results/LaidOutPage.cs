namespace BriefBuilder.Layout.Results;

/// <summary>One page of the laid-out document: its number (from 1), size in points, and boxes in drawing order.</summary>
public sealed record LaidOutPage(int Number, double Width, double Height, IReadOnlyList<LaidOutBox> Boxes)
{
    public IEnumerable<LaidOutBox> OfKind(string kind) => Boxes.Where(b => b.Kind == kind);
}
