namespace BriefBuilder.Dates;

/// <summary>How much of a date is known, from the least precise (a century) to the most (a day).</summary>
public enum DatePrecision
{
    /// <summary>Two unspecified year digits, `20XX`.</summary>
    Century,

    /// <summary>One unspecified year digit, `202X`.</summary>
    Decade,

    /// <summary>A year, `2023`, or a year whose month is unspecified, `2023-XX`, `2023-XX-XX`.</summary>
    Year,

    /// <summary>A season of a year, `2023-21`.</summary>
    Season,

    /// <summary>A month, `2023-10`, or a month whose day is unspecified, `2023-10-XX`.</summary>
    Month,

    /// <summary>A day, `2023-10-03`.</summary>
    Day,
}
