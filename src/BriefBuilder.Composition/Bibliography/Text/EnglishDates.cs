using BriefBuilder.Dates;

namespace BriefBuilder.Composition.Bibliography.Text;

/// <summary>Month and season names in the en-US terms both styles use.</summary>
internal static class EnglishDates
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static string Month(int month) => Months[month - 1];

    public static string SeasonName(Season season) => season switch
    {
        Season.Spring => "Spring",
        Season.Summer => "Summer",
        Season.Autumn => "Autumn",
        Season.Winter => "Winter",
        _ => throw new ArgumentOutOfRangeException(nameof(season), season, null),
    };
}
