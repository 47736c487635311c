using BriefBuilder.Composition.Localization;

namespace BriefBuilder.Composition.Bibliography.Citations;

/// <summary>
/// A citation's locator, where in its source a statement is ("p. 4", "pp. 4–6", "para. 3"). A page or paragraph label
/// that any brief language writes is put in the brief's language (the CSL locales' short forms: "paragr. 3" in French)
/// and in the number its numbers call for: one page or paragraph takes the singular ("p. 4"), a range or a list the
/// plural ("paras. 6–7"), whatever the curator wrote (CMOS 15.48; APA 8.13). A hyphen between numbers becomes an en
/// dash. Anything else (a time code, "ch. 2", "§ 4") is printed as written. The label and its numbers are joined so
/// that a line never breaks inside a locator.
/// </summary>
public static class Locator
{
    private const char NoBreakSpace = '\u00A0';

    // U+2060 WORD JOINER after a dash keeps "6–7" on one line; it prints nothing.
    private const string RangeDash = "–\u2060";

    // For each kind (page, paragraph), the labels any brief language writes for it: gathered once, not for every citation.
    private static readonly Lazy<string[][]> AnyLanguage = new(() =>
        [.. Enumerable.Range(0, 2).Select(kind => BriefLanguage.Codes.SelectMany(code => Labels(BriefLanguage.Get(code))[kind]).ToArray())]);

    public static string InLanguage(string locator, BriefLanguage language)
    {
        ArgumentNullException.ThrowIfNull(locator);
        ArgumentNullException.ThrowIfNull(language);
        var text = locator.Trim();
        var end = text.AsSpan().IndexOfAny(" \u00A0\u202F0123456789");
        if (end <= 0)
        {
            return Unbroken(text);
        }

        // The brief's own language is asked first: the other packs are read only for a label it does not write.
        var label = text.AsSpan(0, end);
        var kind = KindOf(label, Labels(language));
        if (kind < 0)
        {
            kind = KindOf(label, AnyLanguage.Value);
        }

        if (kind < 0)
        {
            return Unbroken(text);
        }

        var numbered = Numbers(text.AsSpan(end).TrimStart(" \u00A0\u202F"));
        return Labels(language)[kind][IsPlural(numbered) ? 1 : 0] + NoBreakSpace + Unbroken(numbered);
    }

    /// <summary>True when the numbers name more than one page or paragraph: a range or a list.</summary>
    public static bool IsPlural(string numbers) =>
        numbers.AsSpan().IndexOfAny("–—,&") >= 0
        || numbers.Contains(" and ", StringComparison.OrdinalIgnoreCase)
        || numbers.Contains(" to ", StringComparison.OrdinalIgnoreCase);

    // The kind (page, paragraph) whose label this is among the labels given for each kind; -1 when it is none of them.
    private static int KindOf(ReadOnlySpan<char> label, IReadOnlyList<string[]> kinds)
    {
        for (var kind = 0; kind < kinds.Count; kind++)
        {
            foreach (var known in kinds[kind])
            {
                if (label.Equals(known, StringComparison.OrdinalIgnoreCase))
                {
                    return kind;
                }
            }
        }

        return -1;
    }

    // "6-7" is a range: an en dash, as CMOS 6.78 and citeproc's page ranges write it.
    private static string Numbers(ReadOnlySpan<char> numbers)
    {
        var chars = numbers.ToArray();
        for (var i = 1; i + 1 < chars.Length; i++)
        {
            if (chars[i] == '-' && char.IsAsciiDigit(chars[i - 1]) && char.IsAsciiDigit(chars[i + 1]))
            {
                chars[i] = '–';
            }
        }

        return new string(chars);
    }

    private static string Unbroken(string text) => text.Replace(' ', NoBreakSpace).Replace("–", RangeDash, StringComparison.Ordinal);

    // For each kind (page, paragraph), its singular and plural labels in a language.
    private static IReadOnlyList<string[]> Labels(BriefLanguage language)
    {
        var words = language.Pack.Bibliography.Locators;
        return [[words.Page.One, words.Page.Other], [words.Paragraph.One, words.Paragraph.Other]];
    }
}
