using System.Globalization;
using System.Text;

namespace BriefBuilder.Validation.Names;

/// <summary>A name reduced to what a typist might not vary: base letters and digits, lower case, single spaces.</summary>
public static class NameKey
{
    /// <summary>`Mijatović` and `MIJATOVIC` give the same key; so do `Kovačević  Ana` and `Kovacevic Ana`.</summary>
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        // Canonical decomposition (Unicode UAX #15, NFD) splits "ć" into "c" and a combining accent, which is dropped.
        foreach (var c in WholeCharacters(name).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(Fold(char.ToLowerInvariant(c)));
        }

        return builder.ToString();
    }

    // Normalization refuses half a character (an unpaired surrogate); the reader replaces them, but a key is made of
    // any name, so one left is taken as U+FFFD, which is no letter and so no part of the key.
    private static string WholeCharacters(string name)
    {
        if (!name.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    // Letters whose accents are not combining marks, so NFD leaves them whole.
    private static string Fold(char c) => c switch
    {
        'đ' or 'ð' => "d",
        'ł' => "l",
        'ø' => "o",
        'ħ' => "h",
        'ı' => "i",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        _ => c.ToString(),
    };
}
