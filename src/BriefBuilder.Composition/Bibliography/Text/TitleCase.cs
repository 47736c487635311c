using System.Text;

namespace BriefBuilder.Composition.Bibliography.Text;

/// <summary>
/// Headline-style capitalisation (CMOS 8.159, CSL 1.0.2 "text-case title"): words in lower case are
/// capitalised except the CSL stop words, which stay lower case unless they open or close the title or a
/// subtitle. Words that already hold a capital (UN, iPhone, McDonald) are left alone.
/// </summary>
internal static class TitleCase
{
    // The CSL specification's stop words, with the name particles citeproc adds so "de" in a title stays lower case.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "an", "and", "as", "at", "but", "by", "d", "de", "down", "for", "from", "in", "into",
        "l", "nor", "of", "on", "onto", "or", "over", "so", "the", "till", "to", "up", "van", "via", "von",
        "with", "yet",
    };

    public static string Apply(string title)
    {
        var words = Words(title);
        var result = new StringBuilder(title);
        for (var i = 0; i < words.Count; i++)
        {
            var (start, length) = words[i];
            var opens = i == 0 || OpensSentence(title, words[i - 1], start);
            var closes = i == words.Count - 1 || ClosesTitle(title, start + length, words[i + 1].Start);
            if (IsLowerCase(title, words[i]) && (opens || closes || !StopWords.Contains(title.Substring(start, length))))
            {
                result[start] = char.ToUpperInvariant(title[start]);
            }
        }

        return result.ToString();
    }

    /// <summary>Capitalises the first word when it is all lower case, as CSL "capitalize-first" does.</summary>
    public static string CapitalizeFirst(string text)
    {
        var words = Words(text);
        if (words.Count == 0 || !IsLowerCase(text, words[0]))
        {
            return text;
        }

        var start = words[0].Start;
        return string.Concat(text.AsSpan(0, start), char.ToUpperInvariant(text[start]).ToString(), text.AsSpan(start + 1));
    }

    // A word to capitalise starts with a letter and has no capital in it.
    private static bool IsLowerCase(string text, (int Start, int Length) word)
    {
        if (!char.IsLetter(text[word.Start]))
        {
            return false;
        }

        foreach (var c in text.AsSpan(word.Start, word.Length))
        {
            if (char.IsLetter(c) && !char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    // Words are runs of letters, digits, apostrophes and slashes ("Armenia's" and "x/y" are one word each, as
    // citeproc reads them); hyphens and dashes separate the parts of a compound, each capitalised on its own (CMOS 8.161).
    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (start >= 0 && text[i] is '\'' or '\u2019' or '/'));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add((start, i - start));
                start = -1;
            }
        }

        return words;
    }

    // A colon, question mark, exclamation mark or period and a space before a word start a new sentence or a subtitle.
    private static bool OpensSentence(string text, (int Start, int Length) previous, int start)
    {
        var end = previous.Start + previous.Length;
        var between = text.AsSpan(end, start - end);
        return between.IndexOfAny(":?!.") >= 0 && between.Contains(' ');
    }

    // The word before a subtitle's colon closes the title proper.
    private static bool ClosesTitle(string text, int end, int nextStart) =>
        text.AsSpan(end, nextStart - end).Contains(':');
}
