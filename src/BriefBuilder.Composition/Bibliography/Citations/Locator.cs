using BriefBuilder.Composition.Localization;

namespace BriefBuilder.Composition.Bibliography.Citations;

/// <summary>
/// A claim's locator, where in the source it is ("p. 4", "pp. 4–6", "para. 3"): a page or paragraph label any brief
/// language writes is put in the brief's language (the CSL locales' short forms: "paragr. 3" in French), keeping the
/// label's number and the rest as the curator wrote them. Anything else (a time code, "ch. 2") is printed as written.
/// </summary>
public static class Locator
{
    public static string InLanguage(string locator, BriefLanguage language)
    {
        ArgumentNullException.ThrowIfNull(locator);
        ArgumentNullException.ThrowIfNull(language);
        var text = locator.Trim();
        var end = text.AsSpan().IndexOfAny(" \u00A0\u202F0123456789");
        if (end <= 0)
        {
            return text;
        }

        // The label names a kind (page, paragraph) and a number in some language: the brief's language says it its way.
        var label = text[..end];
        var ours = Labels(language);
        for (var kind = 0; kind < ours.Count; kind++)
        {
            if (BriefLanguage.Codes.Any(code => Labels(BriefLanguage.Get(code))[kind].Equals(label, StringComparison.OrdinalIgnoreCase)))
            {
                return ours[kind] + text[end..];
            }
        }

        return text;
    }

    // A label written in the singular stays singular, one written in the plural stays plural ("para. 6–7" as written).
    private static IReadOnlyList<string> Labels(BriefLanguage language)
    {
        var words = language.Pack.Bibliography.Locators;
        return [words.Page.One, words.Page.Other, words.Paragraph.One, words.Paragraph.Other];
    }
}
