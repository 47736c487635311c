using BriefBuilder.Dates;

namespace BriefBuilder.Composition.Dates;

/// <summary>Where a date goes on a timeline when an interval end is open or unknown: the first and last days actually
/// known, rather than the unbounded <see cref="DateValue.Earliest"/> and <see cref="DateValue.Latest"/>.</summary>
internal static class DatePlacement
{
    /// <summary>The first known day: the start's earliest day, or for an interval with an open or unknown start, its end's.</summary>
    public static DateOnly FirstKnown(DateValue date) => (date.Start ?? date.End)!.Earliest;

    /// <summary>The last known day: the end's latest day, or for an open or unknown end, the start's.</summary>
    public static DateOnly LastKnown(DateValue date) => (date.End ?? date.Start)!.Latest;

    /// <summary>Timeline order: first known day, then the less precise first, then the shorter known span.</summary>
    public static (DateOnly First, int Precision, DateOnly Last) SortKey(DateValue date) =>
        (FirstKnown(date), (int)(date.Start ?? date.End)!.Precision, LastKnown(date));

    /// <summary>The precision of the end that places the date.</summary>
    public static DatePrecision Precision(DateValue date) => (date.Start ?? date.End)!.Precision;
}
