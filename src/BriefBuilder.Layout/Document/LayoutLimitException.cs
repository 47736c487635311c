namespace BriefBuilder.Layout.Document;

/// <summary>A document the layout will not finish: it passes one of the <see cref="LayoutLimits"/> (named, with its
/// value, so the caller can say how to raise it), or a part of it can be placed on no page.</summary>
public sealed class LayoutLimitException(string message, string? limitName = null, long limit = 0) : Exception(message)
{
    /// <summary>The `--limit` name of the limit passed, or null when no limit would help.</summary>
    public string? LimitName { get; } = limitName;

    public long Limit { get; } = limit;
}
