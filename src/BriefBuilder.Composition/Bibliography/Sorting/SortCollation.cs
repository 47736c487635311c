using System.Globalization;

namespace BriefBuilder.Composition.Bibliography.Sorting;

/// <summary>
/// Alphabetical order as reference lists want it: letter by letter within a word, word by word, ignoring case
/// and, at first, punctuation and accents (the Unicode Collation Algorithm with shifted punctuation, as citeproc sorts).
/// </summary>
internal static class SortCollation
{
    private static readonly CompareInfo Collator = CultureInfo.InvariantCulture.CompareInfo;

    /// <summary>Splits text into lower-case sort words: spaces, commas and apostrophes separate words.</summary>
    public static IReadOnlyList<string> Words(string? text) => text is null
        ? []
        : text.ToLowerInvariant().Split([' ', '\t', '\n', ',', '\'', '\u2019', '\u02BE', '\u02BF'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The sort words of a title or an organisation's name without an English leading article: "The Jamestown
    /// Foundation" sorts under J, as Chicago and APA alphabetise. Divergence from citeproc, which sorts it under T.
    /// </summary>
    public static IReadOnlyList<string> WordsWithoutArticle(string? text, string language)
    {
        var words = Words(text);
        return words.Count > 1 && Text.Language.IsEnglish(language) && words[0] is "the" or "a" or "an" ? [.. words.Skip(1)] : words;
    }

    /// <summary>Word by word; a list that is a prefix of another sorts first ("Mc Donald" before "McDonald").</summary>
    public static int CompareWords(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            var order = Compare(left[i], right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Count.CompareTo(right.Count);
    }

    // Punctuation counts only when the letters tie ("U.S." after "US" would otherwise depend on chance).
    private static int Compare(string left, string right)
    {
        var order = Collator.Compare(left, right, CompareOptions.IgnoreSymbols);
        return order != 0 ? order : Collator.Compare(left, right, CompareOptions.None);
    }
}
