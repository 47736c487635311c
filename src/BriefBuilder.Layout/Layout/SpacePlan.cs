namespace BriefBuilder.Layout.Layout;

/// <summary>What a node can do in the space offered.</summary>
internal enum PlanKind
{
    /// <summary>Nothing (left) to draw.</summary>
    Empty,

    /// <summary>Everything (left) fits.</summary>
    FullRender,

    /// <summary>Part fits; the rest goes on the next page.</summary>
    PartialRender,

    /// <summary>Nothing fits here; try again on the next page.</summary>
    Wrap,
}

/// <summary>A node's answer to Measure: the kind, the size it would use, and for Wrap the reason.</summary>
internal readonly record struct SpacePlan(PlanKind Kind, double Width, double Height, string? Reason = null)
{
    public static SpacePlan Empty => new(PlanKind.Empty, 0, 0);

    public static SpacePlan Full(double width, double height) => new(PlanKind.FullRender, width, height);

    public static SpacePlan Partial(double width, double height) => new(PlanKind.PartialRender, width, height);

    public static SpacePlan Wrap(string reason) => new(PlanKind.Wrap, 0, 0, reason);

    public bool Draws => Kind is PlanKind.FullRender or PlanKind.PartialRender;
}
