using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Localization;

namespace BriefBuilder.Composition.Bibliography.Text;

/// <summary>The parts of a date both styles print, in the locale's words and order: the year or year range, and the month and day within it.</summary>
internal static class DateRanges
{
    /// <summary>"2021", or "2021–2022" with an en dash for a range across years.</summary>
    public static string Years(CslDate date) =>
        date.End is { } end && end.Year != date.Start.Year ? $"{date.Start.Year}\u2013{end.Year}" : date.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"March 4", "March", "Spring", or a range such as "March 4–6" or "March 4–April 6" ("4–6 mars" in French); null when only years are known.</summary>
    public static string? MonthAndDay(CslDate date, BibliographyLocale locale)
    {
        if (date.Season is { } season)
        {
            return locale.Season(season);
        }

        var start = MonthDay(date.Start, locale);
        if (start is null)
        {
            return null;
        }

        if (date.End is not { } end || MonthDay(end, locale) is not { } endText)
        {
            return start;
        }

        var sameMonth = end.Month == date.Start.Month && end.Year == date.Start.Year && end.Day is not null && date.Start.Day is not null;
        return sameMonth
            ? TextPattern.Fill(
                locale.Words.DayRange,
                ("month", locale.MonthBesideDay(date.Start.Month!.Value)),
                ("day", locale.Day(date.Start.Day!.Value)),
                ("end-day", locale.Day(end.Day!.Value)))
            : $"{start}\u2013{endText}";
    }

    /// <summary>"January 15, 2024", "January 2024" or "2024": a single date in full (accessed dates).</summary>
    public static string Full(CslDateParts date, BibliographyLocale locale)
    {
        var year = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (date.Month, date.Day) switch
        {
            ({ } month, { } day) => TextPattern.Fill(locale.Words.FullDate, ("month", locale.MonthBesideDay(month)), ("day", locale.Day(day)), ("year", year)),
            ({ } month, null) => TextPattern.Fill(locale.Words.MonthYear, ("month", locale.Month(month)), ("year", year)),
            _ => year,
        };
    }

    private static string? MonthDay(CslDateParts parts, BibliographyLocale locale) => (parts.Month, parts.Day) switch
    {
        ({ } month, { } day) => TextPattern.Fill(locale.Words.MonthDay, ("month", locale.MonthBesideDay(month)), ("day", locale.Day(day))),
        ({ } month, null) => locale.Month(month),
        _ => null,
    };
}
