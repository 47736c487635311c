namespace BriefBuilder.Workbooks.Cells;

/// <summary>A cell's number format: its code (as Excel shows it in Format Cells) and what kind of date, if any, it shows.</summary>
internal sealed record NumberFormat(string Code, DateShown Date)
{
    public static NumberFormat General { get; } = new("General", DateShown.None);

    /// <summary>Classifies a format code by the date parts it displays.</summary>
    public static NumberFormat FromCode(string code) => new(code, DateFormatCode.Classify(code));
}

/// <summary>The most precise calendar part a number format displays, which is how precise a real Excel date is taken to be.</summary>
internal enum DateShown
{
    /// <summary>Not a date format: the number is a number.</summary>
    None,

    /// <summary>Only a time of day (h:mm): no calendar date at all.</summary>
    TimeOnly,

    /// <summary>A year alone (yyyy).</summary>
    Year,

    /// <summary>A month and perhaps a year (mmm-yy).</summary>
    Month,

    /// <summary>A day (d-mmm-yy, dd/mm/yyyy).</summary>
    Day,
}
