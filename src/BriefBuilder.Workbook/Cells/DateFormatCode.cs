namespace BriefBuilder.Workbooks.Cells;

/// <summary>Finds which date parts a number format code displays, reading only the letters that are format tokens.</summary>
internal static class DateFormatCode
{
    /// <summary>`d-mmm-yy` shows a day, `mmm yyyy` a month, `yyyy` a year, `h:mm` only a time, `0.00` no date.</summary>
    public static DateShown Classify(string code)
    {
        // A code has up to four sections (positive;negative;zero;text); dates use the first.
        var tokens = Tokens(FirstSection(code));
        var day = false;
        var month = false;
        var year = false;
        var time = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            switch (tokens[i])
            {
                case 'd':
                    day = true;
                    break;
                case 'y':
                    year = true;
                    break;
                case 'h':
                case 's':
                    time = true;
                    break;
                case 'm' when IsMinutes(tokens, i):
                    time = true;
                    break;
                case 'm':
                    month = true;
                    break;
            }
        }

        return (day, month, year, time) switch
        {
            (true, _, _, _) => DateShown.Day,
            (_, true, _, _) => DateShown.Month,
            (_, _, true, _) => DateShown.Year,
            (_, _, _, true) => DateShown.TimeOnly,
            _ => DateShown.None,
        };
    }

    // "m" means minutes right after an hour or right before seconds (h:mm, mm:ss), as Excel reads it.
    private static bool IsMinutes(List<char> tokens, int index) =>
        (index > 0 && tokens[index - 1] == 'h') || (index + 1 < tokens.Count && tokens[index + 1] == 's');

    private static string FirstSection(string code)
    {
        var inQuotes = false;
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    inQuotes = !inQuotes;
                    break;
                case '\\' when !inQuotes:
                    i++;
                    break;
                case ';' when !inQuotes:
                    return code[..i];
            }
        }

        return code;
    }

    // The date and time letters outside quoted text, escapes (\x), fill and padding (*x, _x), brackets ([Red],
    // [$-409]), "General", "AM/PM" and exponents (E+), each run of one letter (mmm, yyyy) taken once.
    // An elapsed time in brackets ([h], [mm]) is a time token.
    private static List<char> Tokens(string section)
    {
        var tokens = new List<char>();
        for (var i = 0; i < section.Length; i++)
        {
            var c = char.ToLowerInvariant(section[i]);
            var rest = section.AsSpan(i);
            if (rest.StartsWith("general", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("am/pm", StringComparison.OrdinalIgnoreCase))
            {
                i += 4;
                continue;
            }

            if (rest.StartsWith("a/p", StringComparison.OrdinalIgnoreCase))
            {
                i += 2;
                continue;
            }

            switch (c)
            {
                case '"':
                    var end = section.IndexOf('"', i + 1);
                    i = end < 0 ? section.Length : end;
                    break;
                case '\\' or '*' or '_' or 'e':
                    // Skips the escaped, fill or padding character, or the sign after an exponent's E.
                    i++;
                    break;
                case '[':
                    var close = section.IndexOf(']', i + 1);
                    var inside = close < 0 ? string.Empty : section[(i + 1)..close].ToLowerInvariant();
                    if (inside.Length > 0 && inside.All(ch => ch is 'h' or 'm' or 's'))
                    {
                        tokens.Add(inside[0]);
                    }

                    i = close < 0 ? section.Length : close;
                    break;
                case 'd' or 'm' or 'y' or 'h' or 's':
                    if (i == 0 || char.ToLowerInvariant(section[i - 1]) != c)
                    {
                        tokens.Add(c);
                    }

                    break;
            }
        }

        return tokens;
    }
}
