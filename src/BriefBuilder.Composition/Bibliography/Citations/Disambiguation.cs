namespace BriefBuilder.Composition.Bibliography.Citations;

/// <summary>
/// What tells a source's citation apart from another's that would read the same (CSL 1.0.2, "Disambiguation"):
/// more names before "et al.", the first author's initials or given name, or a letter after the year (2023a).
/// </summary>
public sealed record Disambiguation(int YearSuffix, int? NamesShown, GivenNameHint PrimaryGivenName)
{
    public static Disambiguation None { get; } = new(0, null, GivenNameHint.None);

    /// <summary>The letters after the year: 1 is "a", 26 is "z", 27 is "aa".</summary>
    public string YearSuffixLetters => Letters(YearSuffix);

    private static string Letters(int number)
    {
        var letters = string.Empty;
        while (number > 0)
        {
            number--;
            letters = (char)('a' + (number % 26)) + letters;
            number /= 26;
        }

        return letters;
    }
}

/// <summary>How much of the first author's given name a citation adds to tell two authors with one family name apart.</summary>
public enum GivenNameHint
{
    None,
    Initials,
    FullName,
}
