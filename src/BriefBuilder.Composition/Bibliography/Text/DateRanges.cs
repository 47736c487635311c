using BriefBuilder.Composition.Bibliography.Csl;

namespace BriefBuilder.Composition.Bibliography.Text;

/// <summary>The parts of a date both styles print: the year or year range, and the month and day within it.</summary>
internal static class DateRanges
{
    /// <summary>"2021", or "2021–2022" with an en dash for a range across years.</summary>
    public static string Years(CslDate date) =>
        date.End is { } end && end.Year != date.Start.Year ? $"{date.Start.Year}\u2013{end.Year}" : date.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"March 4", "March", "Spring", or a range such as "March 4–6" or "March 4–April 6"; null when only years are known.</summary>
    public static string? MonthAndDay(CslDate date)
    {
        if (date.Season is { } season)
        {
            return EnglishDates.SeasonName(season);
        }

        var start = MonthDay(date.Start);
        if (start is null)
        {
            return null;
        }

        if (date.End is not { } end || MonthDay(end) is not { } endText)
        {
            return start;
        }

        var sameMonth = end.Month == date.Start.Month && end.Year == date.Start.Year && end.Day is not null && date.Start.Day is not null;
        return sameMonth ? $"{start}\u2013{end.Day}" : $"{start}\u2013{endText}";
    }

    /// <summary>"January 15, 2024", "January 2024" or "2024": a single date in full (accessed dates).</summary>
    public static string Full(CslDateParts date) => (date.Month, date.Day) switch
    {
        ({ } month, { } day) => $"{EnglishDates.Month(month)} {day}, {date.Year}",
        ({ } month, null) => $"{EnglishDates.Month(month)} {date.Year}",
        _ => date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string? MonthDay(CslDateParts parts) => (parts.Month, parts.Day) switch
    {
        ({ } month, { } day) => $"{EnglishDates.Month(month)} {day}",
        ({ } month, null) => EnglishDates.Month(month),
        _ => null,
    };
}
