using Humanizer;

namespace BriefBuilder.Composition.Sections;

/// <summary>Workbook text shortened to whole words with "…", where a template asks for brevity (a handout's stance columns).</summary>
public static class Abridged
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

    /// <summary>The longest run of the text's first whole words, then "…", that <paramref name="fits"/>; null when not even one word does.</summary>
    public static string? WholeWords(string text, Func<string, bool> fits)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        for (var count = words - 1; count > 0; count--)
        {
            var cut = text.Truncate(count, "…", Truncator.FixedNumberOfWords);
            if (fits(cut))
            {
                return cut;
            }
        }

        return null;
    }
}
