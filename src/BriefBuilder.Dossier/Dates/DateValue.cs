namespace BriefBuilder.Dates;

/// <summary>A date cell's value: one EDTF date, or an interval whose ends may be open (`..`) or unknown (empty).</summary>
public sealed record DateValue(EdtfDate? Start, EdtfDate? End, IntervalEnd StartKind, IntervalEnd EndKind, bool IsInterval)
{
    /// <summary>The earliest day the value can mean (an interval counts by its start).</summary>
    public DateOnly Earliest => (Start ?? End)!.Earliest;

    /// <summary>The latest day the value can mean.</summary>
    public DateOnly Latest => (End ?? Start)!.Latest;

    /// <summary>Chronological order: earliest day, then the less precise first, then the shorter span.</summary>
    public (DateOnly Earliest, int Precision, DateOnly Latest) SortKey =>
        (Earliest, (int)(Start ?? End)!.Precision, Latest);

    /// <summary>A day known exactly, as a real Excel date gives it.</summary>
    public static DateValue OfDay(DateOnly day) =>
        new(new EdtfDate(day.Year, day.Month, day.Day, null, DatePrecision.Day, DateQualifiers.None, day, day, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), null, IntervalEnd.Known, IntervalEnd.Known, false);

    /// <summary>Parses EDTF levels 0 and 1; a failure says what went wrong and where in the text.</summary>
    public static ParseResult<DateValue> Parse(string text) => EdtfParser.Parse(text);

    public override string ToString() => IsInterval
        ? $"{EndText(Start, StartKind)}/{EndText(End, EndKind)}"
        : Start!.Text;

    private static string EndText(EdtfDate? date, IntervalEnd kind) => kind switch
    {
        IntervalEnd.Open => "..",
        IntervalEnd.Unknown => string.Empty,
        _ => date!.Text,
    };
}

/// <summary>How an interval end is given: a date, open (`..`, still ongoing) or unknown (left empty).</summary>
public enum IntervalEnd
{
    Known,
    Open,
    Unknown,
}
