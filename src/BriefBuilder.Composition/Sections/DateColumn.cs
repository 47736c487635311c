using BriefBuilder.Composition.Styling;

namespace BriefBuilder.Composition.Sections;

/// <summary>The width of a date column: the widest date that may not break (BRIEF-DESIGN: a narrow date column that never
/// wraps a date in the middle), between a floor and a share of the page.</summary>
public static class DateColumn
{
    public static double Width(BriefContext context, IEnumerable<string> labels, double widest)
    {
        var size = context.Styles.Label.Size;
        var needed = labels.Select(label => TextWidth.WidestUnbreakable(label, size)).DefaultIfEmpty(0).Max();
        return Math.Clamp(Math.Ceiling(needed) + 2, Math.Min(widest, size * 6), widest);
    }
}
