namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>A horizontal axis of whole months from the first to the last month shown, mapping days to x positions.
/// Months are counted, never added to a date, so an axis may end in December 9999, the calendar's last month
/// (a common placeholder for "unknown"). Given a focus (the first month of the statements), a long stretch before it
/// (context events only) is compressed into a small share of the width, behind a break in the axis.</summary>
internal sealed class MonthAxis
{
    private const int LeastCompressed = 6;
    private const double CompressedShare = 0.16;

    public MonthAxis(DateOnly first, DateOnly last, double left, double width, DateOnly? focus = null)
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
        var before = focus is { } f ? Math.Clamp(((f.Year - Start.Year) * 12) + f.Month - Start.Month, 0, MonthCount - 1) : 0;
        Compressed = before >= LeastCompressed && before > MonthCount * CompressedShare * 2 ? before : 0;
        CompressedMonthWidth = Compressed == 0 ? 0 : Width * CompressedShare / Compressed;
        MonthWidth = (Width - (Compressed * CompressedMonthWidth)) / (MonthCount - Compressed);
    }

    /// <summary>How many months at the start are compressed behind the break (0: none).</summary>
    public int Compressed { get; }

    public double CompressedMonthWidth { get; }

    /// <summary>The x of the break, where the compressed months end, or null.</summary>
    public double? BreakX => Compressed == 0 ? null : Left + (Compressed * CompressedMonthWidth);

    public bool IsCompressed(DateOnly month) => ((month.Year - Start.Year) * 12) + month.Month - Start.Month < Compressed;

    public DateOnly Start { get; }

    public int MonthCount { get; }

    public double Left { get; }

    public double Width { get; }

    public double Right => Left + Width;

    /// <summary>The width of a month in the axis's focus (every month when nothing is compressed).</summary>
    public double MonthWidth { get; }

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
        return monthIndex < Compressed
            ? Left + ((monthIndex + fraction) * CompressedMonthWidth)
            : Left + (Compressed * CompressedMonthWidth) + ((monthIndex - Compressed + fraction) * MonthWidth);
    }

    /// <summary>The x of the end of a day (the start of the next; the axis's end after the calendar's last day).</summary>
    public double XAfter(DateOnly day) => day == DateOnly.MaxValue ? Right : X(day.AddDays(1));

    /// <summary>Label every n-th month so that labels of about <paramref name="labelWidth"/> points do not collide.</summary>
    public int LabelStep(double labelWidth) => Math.Max(1, (int)Math.Ceiling(labelWidth / MonthWidth));
}
