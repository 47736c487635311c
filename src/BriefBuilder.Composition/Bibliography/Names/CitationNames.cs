using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;

namespace BriefBuilder.Composition.Bibliography.Names;

/// <summary>The author part of an in-text citation, shared by the author-date styles: one name, two joined, or the first
/// names then "et al.", showing as many names as disambiguation asks (CMOS 15.29, APA 8.17-8.18).</summary>
internal static class CitationNames
{
    /// <param name="conjunction">The language's "and" (Chicago) or "&amp;" (APA).</param>
    /// <param name="etAl">The language's "et al.".</param>
    /// <param name="shortName">How the style prints one name in text, with or without a given name.</param>
    public static string? Join(IReadOnlyList<CslName> authors, Disambiguation disambiguation, string conjunction, string etAl, Func<CslName, GivenNameHint, string> shortName)
    {
        if (authors.Count == 0)
        {
            return null;
        }

        var first = shortName(authors[0], disambiguation.PrimaryGivenName);
        if (authors.Count == 1)
        {
            return first;
        }

        if (authors.Count == 2)
        {
            return $"{first} {conjunction} {shortName(authors[1], GivenNameHint.None)}";
        }

        var shown = Math.Clamp(disambiguation.NamesShown ?? 1, 1, authors.Count);
        var names = authors.Take(shown).Select((a, i) => i == 0 ? first : shortName(a, GivenNameHint.None)).ToList();
        if (shown == authors.Count)
        {
            return string.Join(", ", [.. names.Take(names.Count - 1), $"{conjunction} {names[^1]}"]);
        }

        return shown == 1 ? $"{first} {etAl}" : string.Join(", ", [.. names, etAl]);
    }
}
