namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>A horizontal axis of whole months from the first to the last month shown, mapping days to x positions.
/// Months are counted, never added to a date, so an axis may end in December 9999, the calendar's last month
/// (a common placeholder for "unknown").</summary>
internal sealed class MonthAxis
{
    public MonthAxis(DateOnly first, DateOnly last, double left, double width)
    {
        Start = new DateOnly(first.Year, first.Month, 1);
        var end = new DateOnly(last.Year, last.Month, 1);
        if (end < Start)
        {
            end = Start;
        }

        MonthCount = ((end.Year - Start.Year) * 12) + end.Month - Start.Month + 1;
        Left = left;
        Width = width;
    }

    public DateOnly Start { get; }

    public int MonthCount { get; }

    public double Left { get; }

    public double Width { get; }

    public double Right => Left + Width;

    public double MonthWidth => Width / MonthCount;

    /// <summary>The first day of the last month shown.</summary>
    public DateOnly Last => Start.AddMonths(MonthCount - 1);

    public IEnumerable<DateOnly> Months => Enumerable.Range(0, MonthCount).Select(Start.AddMonths);

    /// <summary>The x of the start of a day; days outside the axis are clamped to its ends.</summary>
    public double X(DateOnly day)
    {
        if (day < Start)
        {
            return Left;
        }

        var monthIndex = ((day.Year - Start.Year) * 12) + day.Month - Start.Month;
        if (monthIndex >= MonthCount)
        {
            return Right;
        }

        var fraction = (day.Day - 1) / (double)DateTime.DaysInMonth(day.Year, day.Month);
        return Left + ((monthIndex + fraction) * MonthWidth);
    }

    /// <summary>The x of the end of a day (the start of the next; the axis's end after the calendar's last day).</summary>
    public double XAfter(DateOnly day) => day == DateOnly.MaxValue ? Right : X(day.AddDays(1));

    /// <summary>Label every n-th month so that labels of about <paramref name="labelWidth"/> points do not collide.</summary>
    public int LabelStep(double labelWidth) => Math.Max(1, (int)Math.Ceiling(labelWidth / MonthWidth));
}
