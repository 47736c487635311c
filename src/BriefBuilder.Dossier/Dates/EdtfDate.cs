namespace BriefBuilder.Dates;

/// <summary>A single calendar date as precise as its source: a year, season, month or day, perhaps uncertain or approximate.</summary>
public sealed record EdtfDate(
    int Year,
    int? Month,
    int? Day,
    Season? Season,
    DatePrecision Precision,
    DateQualifiers Qualifiers,
    DateOnly Earliest,
    DateOnly Latest,
    string Text)
{
    public bool IsUncertain => Qualifiers.HasFlag(DateQualifiers.Uncertain);

    public bool IsApproximate => Qualifiers.HasFlag(DateQualifiers.Approximate);

    public override string ToString() => Text;
}

/// <summary>How much of a date is known.</summary>
public enum DatePrecision
{
    Century,
    Decade,
    Year,
    Season,
    Month,
    Day,
}

/// <summary>EDTF level 1 qualification: `?` uncertain, `~` approximate, `%` both.</summary>
[Flags]
public enum DateQualifiers
{
    None = 0,
    Uncertain = 1,
    Approximate = 2,
}

/// <summary>EDTF level 1 seasons, numbered as the standard numbers them (21 to 24).</summary>
public enum Season
{
    Spring = 21,
    Summer = 22,
    Autumn = 23,
    Winter = 24,
}
