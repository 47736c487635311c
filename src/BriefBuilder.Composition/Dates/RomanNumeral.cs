using System.Text;

namespace BriefBuilder.Composition.Dates;

/// <summary>Roman numerals, as French writes centuries ("XXIe siècle").</summary>
internal static class RomanNumeral
{
    private static readonly (int Value, string Numeral)[] Steps =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>The numeral for 1 to 3999.</summary>
    public static string Of(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 3999);
        var text = new StringBuilder();
        foreach (var (step, numeral) in Steps)
        {
            for (; value >= step; value -= step)
            {
                text.Append(numeral);
            }
        }

        return text.ToString();
    }
}
