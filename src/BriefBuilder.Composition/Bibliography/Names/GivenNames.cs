using System.Text;

namespace BriefBuilder.Composition.Bibliography.Names;

/// <summary>Given names as styles print them: in full with existing initials tidied ("J.R." to "J. R."), or as initials ("Jean-Paul" to "J.-P.").</summary>
internal static class GivenNames
{
    /// <summary>Keeps the given name, writing a bare initial as "J." and spacing run-together initials (CSL "initialize-with").</summary>
    public static string Full(string given)
    {
        var words = given.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(TidyInitials));
    }

    /// <summary>Initials with a period each, hyphenated parts keeping their hyphen (APA 9.8, CSL "initialize-with-hyphen").</summary>
    public static string Initials(string given)
    {
        var initials = new StringBuilder();
        foreach (var word in given.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
            var initialised = string.Join("-", parts.Select(p => $"{char.ToUpperInvariant(p[0])}."));
            if (initials.Length > 0)
            {
                initials.Append(' ');
            }

            initials.Append(initialised);
        }

        return initials.ToString();
    }

    // "J" and "J." are initials; "J.R." is two of them.
    private static string TidyInitials(string word)
    {
        var letters = word.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (letters.All(l => l.Length == 1 && char.IsLetter(l[0])))
        {
            return string.Join(' ', letters.Select(l => l + "."));
        }

        return word;
    }
}
