using Humanizer;

namespace BriefBuilder.Composition.Sections;

/// <summary>Workbook text shortened to whole words with "…", where a template asks for brevity (a handout's stance columns).</summary>
internal static class Abridged
{
    /// <summary>The text when it has at most <paramref name="length"/> characters, else its longest run of whole words that does, then "…".</summary>
    public static string Text(string text, int length)
    {
        text = text.Trim();
        if (length <= 0 || text.Length <= length)
        {
            return text;
        }

        if (WholeWords(text, cut => cut.Length <= length + 1) is { } cut)
        {
            return cut.TrimEnd(',', ';', ':', '…') is var trimmed && trimmed.EndsWith('.') ? trimmed : trimmed + "…";
        }

        return text.Truncate(length, "…");
    }

    /// <summary>The longest run of the text's first whole words, then "…", that <paramref name="fits"/>; null when not even one word does.
    /// <paramref name="fits"/> must hold for every shorter run where it holds for a longer one (a length or a width):
    /// the run is found by halving, so a 100,000-word title costs a few dozen tries, not 100,000.</summary>
    public static string? WholeWords(string text, Func<string, bool> fits)
    {
        var ends = WordEnds(text);
        string? best = null;

        // Runs of 1 to all but one of the words: a cut always leaves something out.
        var (low, high) = (1, ends.Count - 1);
        while (low <= high)
        {
            var count = low + ((high - low) / 2);
            var cut = string.Concat(text.AsSpan(0, ends[count - 1]), "…");
            if (fits(cut))
            {
                best = cut;
                low = count + 1;
            }
            else
            {
                high = count - 1;
            }
        }

        return best;
    }

    // Where each word ends, words being runs of anything but white space.
    private static List<int> WordEnds(string text)
    {
        var ends = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                ends.Add(i + 1);
            }
        }

        return ends;
    }
}
