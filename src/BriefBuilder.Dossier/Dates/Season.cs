namespace BriefBuilder.Dates;

/// <summary>EDTF level 1 seasons, numbered as the standard numbers them (21 to 24).</summary>
public enum Season
{
    Spring = 21,
    Summer = 22,
    Autumn = 23,
    Winter = 24,
}

/// <summary>The days a season covers: the northern-hemisphere meteorological seasons.</summary>
internal static class SeasonMonths
{
    // EDTF level 1 names seasons 21-24 without fixing their days (hemisphere-specific seasons 25-32 are level 2).
    // We read them as the northern-hemisphere meteorological seasons: three whole months each, spring from March,
    // so winter 2023 runs from 1 December 2023 to the end of February 2024.
    public static int FirstMonth(this Season season) => season switch
    {
        Season.Spring => 3,
        Season.Summer => 6,
        Season.Autumn => 9,
        Season.Winter => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(season), season, "EDTF level 1 has seasons 21 to 24 only."),
    };

    /// <summary>True when the season runs past the end of 9999, the last year a DateOnly can hold.</summary>
    public static bool EndsAfterYear9999(this Season season, int year) => season == Season.Winter && year == 9999;

    public static (DateOnly First, DateOnly Last) Days(this Season season, int year)
    {
        var first = new DateOnly(year, season.FirstMonth(), 1);
        return (first, first.AddMonths(3).AddDays(-1));
    }
}
