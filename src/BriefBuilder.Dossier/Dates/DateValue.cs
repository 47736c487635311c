namespace BriefBuilder.Dates;

/// <summary>A date cell's value: one EDTF date, or an interval whose ends may be open (`..`) or unknown (empty).</summary>
public sealed record DateValue
{
    private DateValue(EdtfDate? start, EdtfDate? end, IntervalEnd startKind, IntervalEnd endKind, bool isInterval)
    {
        Start = start;
        End = end;
        StartKind = startKind;
        EndKind = endKind;
        IsInterval = isInterval;
    }

    /// <summary>The date itself, or the interval's first date; null when an interval's start is open or unknown.</summary>
    public EdtfDate? Start { get; }

    /// <summary>The interval's last date; null for a single date and when an interval's end is open or unknown.</summary>
    public EdtfDate? End { get; }

    public IntervalEnd StartKind { get; }

    public IntervalEnd EndKind { get; }

    public bool IsInterval { get; }

    /// <summary>The earliest day the value can mean (an interval counts by its start); DateOnly.MinValue when the start is open or unknown.</summary>
    public DateOnly Earliest => Start?.Earliest ?? DateOnly.MinValue;

    /// <summary>The latest day the value can mean; DateOnly.MaxValue when an interval's end is open or unknown.</summary>
    public DateOnly Latest => IsInterval ? End?.Latest ?? DateOnly.MaxValue : Start!.Latest;

    /// <summary>Chronological order: earliest day, then the less precise first, then the shorter span.</summary>
    public (DateOnly Earliest, int Precision, DateOnly Latest) SortKey =>
        (Earliest, (int)(Start ?? End)!.Precision, Latest);

    /// <summary>A day known exactly, as a real Excel date gives it.</summary>
    public static DateValue OfDay(DateOnly day) => Of(EdtfDate.OfDay(day));

    /// <summary>Parses EDTF levels 0 and 1; a failure says what went wrong and where in the text.</summary>
    /// <remarks>
    /// Surrounding whitespace is ignored. A date and time (`2023-10-03T10:00:00Z`) is accepted as the calendar date
    /// written, at day precision, and formats back as `2023-10-03`; intervals take dates only. Seasons 21-24 are the
    /// northern-hemisphere meteorological seasons (winter 2023 is December 2023 to February 2024). Years run 1 to 9999,
    /// so letter-prefixed and negative years are refused, and so are EDTF level 2 features, by name.
    /// </remarks>
    public static ParseResult<DateValue> Parse(string text) => EdtfParser.Parse(text);

    public override string ToString() => IsInterval
        ? $"{EndText(Start, StartKind)}/{EndText(End, EndKind)}"
        : Start!.Text;

    internal static DateValue Of(EdtfDate date) => new(date, null, IntervalEnd.Known, IntervalEnd.Known, false);

    internal static DateValue Between(EdtfDate? start, IntervalEnd startKind, EdtfDate? end, IntervalEnd endKind) =>
        new(start, end, startKind, endKind, true);

    private static string EndText(EdtfDate? date, IntervalEnd kind) => kind switch
    {
        IntervalEnd.Open => "..",
        IntervalEnd.Unknown => string.Empty,
        _ => date!.Text,
    };
}
