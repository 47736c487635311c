using System.Globalization;
using System.Text;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>Takes out of a cell's text what cannot be printed or would disguise it, and says what it took: control
/// characters (an escape sequence could drive a terminal), unpaired surrogates (half a character, which no font has and
/// no normalization accepts; replaced by U+FFFD), direction overrides and isolates (they reorder text invisibly, as in
/// "Trojan Source", CVE-2021-42574), noncharacters, and runs of combining marks past 30 (the limit of the Unicode
/// Stream-Safe Text Format, UAX #15 section 13). Tabs, line breaks, joiners and single marks are left alone.</summary>
internal static class CleanText
{
    private const int MaxMarksInARow = 30;

    /// <summary>The cleaned text and what was done, or the text itself and null when there was nothing to clean.</summary>
    public static (string Text, string? Done) Of(string text)
    {
        // Most text is clean: the builder is made at the first change, with the text before it.
        StringBuilder? builder = null;
        var counts = new int[(int)Kind.Mark + 1];
        var marksInARow = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var kind = pair ? Kind.Text : Classify(text[i]);
            var joins = pair ? JoinsPair(text, i) : kind == Kind.Text && Joins(text[i]);
            marksInARow = joins ? marksInARow + 1 : 0;
            if (kind == Kind.Text && marksInARow > MaxMarksInARow)
            {
                kind = Kind.Mark;
            }

            var length = pair ? 2 : 1;
            if (kind == Kind.Text)
            {
                builder?.Append(text, i, length);
            }
            else
            {
                builder ??= new StringBuilder(text.Length).Append(text, 0, i);
                counts[(int)kind]++;
                if (kind == Kind.Surrogate)
                {
                    builder.Append('\uFFFD');
                }
            }

            i += length - 1;
        }

        if (builder is null)
        {
            return (text, null);
        }

        var done = new List<string>();
        Add(done, counts[(int)Kind.Control], "removed {0} control character{1}");
        Add(done, counts[(int)Kind.Override], "removed {0} direction override{1}");
        Add(done, counts[(int)Kind.Noncharacter], "removed {0} noncharacter{1}");
        Add(done, counts[(int)Kind.Mark], "removed {0} combining mark{1} past " + MaxMarksInARow + " in a row");
        Add(done, counts[(int)Kind.Surrogate], "replaced {0} unpaired surrogate{1} (half a character) with U+FFFD");
        return (builder.ToString(), string.Join(", ", done));
    }

    private static Kind Classify(char c) => c switch
    {
        '\t' or '\n' or '\r' => Kind.Text,
        < ' ' or (>= '\u007F' and <= '\u009F') => Kind.Control,
        >= '\uD800' and <= '\uDFFF' => Kind.Surrogate,
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => Kind.Override,
        '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF') => Kind.Noncharacter,
        _ => Kind.Text,
    };

    // Marks, joiners and variation selectors attach to the character before them.
    private static bool Joins(char c) =>
        c >= 0x300 && (c is '\u200C' or '\u200D' or (>= '\uFE00' and <= '\uFE0F') || IsMark(CharUnicodeInfo.GetUnicodeCategory(c)));

    // Plane 14's tags and variation selectors (U+E0000 to U+E01EF, high surrogate U+DB40) attach like marks.
    private static bool JoinsPair(string text, int i) =>
        text[i] == '\uDB40' || IsMark(CharUnicodeInfo.GetUnicodeCategory(text, i));

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;

    // {0} is the count, {1} the plural ending.
    private static void Add(List<string> done, int count, string pattern)
    {
        if (count > 0)
        {
            done.Add(string.Format(CultureInfo.InvariantCulture, pattern, count.ToString("N0", CultureInfo.InvariantCulture), count == 1 ? string.Empty : "s"));
        }
    }

    private enum Kind
    {
        Text,
        Control,
        Surrogate,
        Override,
        Noncharacter,
        Mark,
    }
}
