namespace BriefBuilder.Layout.Text;

/// <summary>Spaces that hold their neighbours together, whatever the language: a number keeps the word after it (its
/// unit or noun: "2023 թ.", "150,000 people", "15 April"), an initial the name after it ("Z. S. Andrew") and an
/// abbreviation the number after it ("para. 30"), so the breaking space after any of them becomes a break of last
/// resort. A no-break space between a word and a word or number ("September 2023") gives way as a last resort too, when
/// what it joins is wider than the line, rather than a word breaking inside ("202 / 3 թ."); one after a number or a
/// full stop ("15 avril", "paras. 36") or before punctuation ("Positions :") never breaks.</summary>
internal static class Bonds
{
    private const char NoBreakSpace = '\u00A0';

    public static void Mark(ReadOnlySpan<char> text, Span<TextUnit> units)
    {
        for (var i = 1; i + 1 < units.Length; i++)
        {
            ref var unit = ref units[i];
            ref readonly var next = ref units[i + 1];
            if (next.Kind != UnitKind.Glyph)
            {
                continue;
            }

            unit.LastResort = unit.Kind switch
            {
                UnitKind.Space => AfterNumber(text, units, i)
                    || (AfterInitial(text, units, i) && char.IsUpper(text[next.Start]))
                    || (AfterAbbreviation(text, units, i) && char.IsDigit(text[next.Start])),
                UnitKind.Glyph => text[unit.Start] == NoBreakSpace && char.IsLetter(At(text, units, i - 1)) && char.IsLetterOrDigit(text[next.Start]),
                _ => false,
            };
        }
    }

    private static bool AfterNumber(ReadOnlySpan<char> text, Span<TextUnit> units, int i) => char.IsDigit(At(text, units, i - 1));

    // "Z. " or "J.-P. ": one capital letter and a full stop, at the start or after a space, a full stop, hyphen or bracket.
    private static bool AfterInitial(ReadOnlySpan<char> text, Span<TextUnit> units, int i) =>
        At(text, units, i - 1) == '.' && char.IsUpper(At(text, units, i - 2))
        && (i < 3 || units[i - 3].Kind == UnitKind.Space || At(text, units, i - 3) is '.' or '-' or '(' or NoBreakSpace);

    // "para. 30", "No. 5": a word and a full stop before a number.
    private static bool AfterAbbreviation(ReadOnlySpan<char> text, Span<TextUnit> units, int i) =>
        At(text, units, i - 1) == '.' && char.IsLetter(At(text, units, i - 2));

    // The character of a one-character glyph, or NUL (which no test here accepts) for anything else or before the start.
    private static char At(ReadOnlySpan<char> text, Span<TextUnit> units, int at) =>
        at >= 0 && units[at].Kind == UnitKind.Glyph && units[at].Length == 1 ? text[units[at].Start] : '\0';
}
