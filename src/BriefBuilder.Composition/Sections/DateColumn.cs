namespace BriefBuilder.Composition.Sections;

/// <summary>The width of a date column: the widest date that may not break (BRIEF-DESIGN: a narrow date column that never
/// wraps a date in the middle), between a floor and a share of the page.</summary>
internal static class DateColumn
{
    public static double Width(BriefContext context, IEnumerable<string> labels, double widest)
    {
        var style = context.Styles.Label;
        var needed = 0.0;

        // Rows share dates: each distinct label is measured once.
        foreach (var label in labels.Distinct(StringComparer.Ordinal))
        {
            needed = Math.Max(needed, context.Widths.WidestUnbreakable(label, style));
        }

        return Math.Clamp(Math.Ceiling(needed) + 2, Math.Min(widest, style.Size * 6), widest);
    }
}
