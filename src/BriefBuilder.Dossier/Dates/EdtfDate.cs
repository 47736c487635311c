using System.Globalization;

namespace BriefBuilder.Dates;

/// <summary>A single calendar date as precise as its source: a century, decade, year, season, month or day, perhaps uncertain or approximate.</summary>
/// <remarks>Built only by the parser and <see cref="OfDay"/>, so every instance is a valid date of years 1 to 9999.</remarks>
public sealed record EdtfDate
{
    internal EdtfDate(int year, int? month, int? day, Season? season, DatePrecision precision, DateQualifiers qualifiers, UnspecifiedParts unspecified)
    {
        Year = year;
        Month = month;
        Day = day;
        Season = season;
        Precision = precision;
        Qualifiers = qualifiers;
        Unspecified = unspecified;
        (Earliest, Latest) = Bounds();
        Text = CanonicalText();
    }

    /// <summary>The year; for a decade or century (`202X`, `20XX`) its first year (2020, 2000).</summary>
    public int Year { get; }

    /// <summary>The month, when the date names one (not for a season, nor for `2023-XX`).</summary>
    public int? Month { get; }

    /// <summary>The day of the month, when the date names one.</summary>
    public int? Day { get; }

    /// <summary>The season, when the date is one (`2023-21`).</summary>
    public Season? Season { get; }

    public DatePrecision Precision { get; }

    public DateQualifiers Qualifiers { get; }

    /// <summary>Which parts were written as unspecified digits (`2023-XX-XX`); they add no precision.</summary>
    public UnspecifiedParts Unspecified { get; }

    /// <summary>The earliest day the date can mean. Being uncertain or approximate does not widen it.</summary>
    public DateOnly Earliest { get; }

    /// <summary>The latest day the date can mean. Being uncertain or approximate does not widen it.</summary>
    public DateOnly Latest { get; }

    /// <summary>The canonical EDTF text of the date.</summary>
    public string Text { get; }

    public bool IsUncertain => Qualifiers.HasFlag(DateQualifiers.Uncertain);

    public bool IsApproximate => Qualifiers.HasFlag(DateQualifiers.Approximate);

    /// <summary>A day known exactly, as a real Excel date gives it.</summary>
    public static EdtfDate OfDay(DateOnly day) =>
        new(day.Year, day.Month, day.Day, null, DatePrecision.Day, DateQualifiers.None, UnspecifiedParts.None);

    public override string ToString() => Text;

    private (DateOnly, DateOnly) Bounds() => Precision switch
    {
        DatePrecision.Century => (new DateOnly(Year, 1, 1), new DateOnly(Year + 99, 12, 31)),
        DatePrecision.Decade => (new DateOnly(Year, 1, 1), new DateOnly(Year + 9, 12, 31)),
        DatePrecision.Year => (new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31)),
        DatePrecision.Season => Season!.Value.Days(Year),
        DatePrecision.Month => (new DateOnly(Year, Month!.Value, 1), new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))),
        _ => (new DateOnly(Year, Month!.Value, Day!.Value), new DateOnly(Year, Month.Value, Day.Value)),
    };

    private string CanonicalText()
    {
        var year = Year.ToString("D4", CultureInfo.InvariantCulture);
        var text = Precision switch
        {
            DatePrecision.Century => year[..2] + "XX",
            DatePrecision.Decade => year[..3] + "X",
            _ => year,
        };
        text += (Season, Month) switch
        {
            ({ } season, _) => "-" + ((int)season).ToString(CultureInfo.InvariantCulture),
            (_, { } month) => "-" + month.ToString("D2", CultureInfo.InvariantCulture),
            _ when Unspecified.HasFlag(UnspecifiedParts.Month) => "-XX",
            _ => string.Empty,
        };
        text += Day is { } day ? "-" + day.ToString("D2", CultureInfo.InvariantCulture)
            : Unspecified.HasFlag(UnspecifiedParts.Day) ? "-XX"
            : string.Empty;
        return text + Qualifiers switch
        {
            DateQualifiers.Uncertain => "?",
            DateQualifiers.Approximate => "~",
            DateQualifiers.Uncertain | DateQualifiers.Approximate => "%",
            _ => string.Empty,
        };
    }
}
