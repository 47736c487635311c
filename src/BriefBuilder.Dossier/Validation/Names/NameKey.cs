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
        foreach (var c in name.Normalize(NormalizationForm.FormD))
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
