namespace BriefBuilder.Dates;

/// <summary>How an interval end is given: a date, open (`..`, still ongoing) or unknown (left empty).</summary>
public enum IntervalEnd
{
    Known,
    Open,
    Unknown,
}
