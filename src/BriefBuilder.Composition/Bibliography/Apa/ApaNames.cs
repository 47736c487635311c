using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Names;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Apa;

/// <summary>Authors as APA 7 prints them: "Bagheri, L., &amp; Toal, G." in the list (APA 9.8), "Bagheri &amp; Toal" in text (APA 8.17).</summary>
internal static class ApaNames
{
    // APA 9.8: up to 20 authors are listed; from 21, the first 19, an ellipsis and the last.
    private const int ListAllUpTo = 20;
    private const int ListedBeforeEllipsis = 19;

    public static string? Reference(IReadOnlyList<CslName> authors)
    {
        if (authors.Count == 0)
        {
            return null;
        }

        var names = authors.Select(Inverted).ToList();
        if (names.Count > ListAllUpTo)
        {
            return string.Join(", ", names.Take(ListedBeforeEllipsis)) + ", \u2026 " + names[^1];
        }

        return names.Count switch
        {
            1 => names[0],
            _ => string.Join(", ", [.. names.Take(names.Count - 1), "& " + names[^1]]),
        };
    }

    /// <summary>"Bagheri", "Broers &amp; Toal", "Broers et al.", or more names and initials where disambiguation asks (APA 8.20).</summary>
    // APA joins with "&" in every language, as the CSL style's and="symbol" does; "et al." is the locale's.
    public static string? Citation(IReadOnlyList<CslName> authors, Disambiguation disambiguation, BibliographyLocale locale) =>
        CitationNames.Join(authors, disambiguation, "&", locale.Words.EtAl, Short);

    private static string Inverted(CslName name)
    {
        if (name.IsOrganization)
        {
            return name.Literal!;
        }

        var family = Family(name);
        var given = name.Given is null ? null : GivenNames.Initials(name.Given);
        var afterComma = string.Join(' ', new[] { given, name.DroppingParticle }.Where(p => p is not null));
        return afterComma.Length == 0 ? family : $"{family}, {afterComma}";
    }

    // APA keeps a non-dropping particle with the family name ("de Waal, T.", "al-Rashīd, A."); the CSL style never
    // demotes it. A dropping particle follows the initials ("Humboldt, A. von").
    private static string Family(CslName name) => name.FamilyWithParticle;

    private static string Short(CslName name, GivenNameHint hint)
    {
        if (name.IsOrganization)
        {
            return name.Literal!;
        }

        var family = Family(name);
        return hint != GivenNameHint.None && name.Given is { } given ? $"{GivenNames.Initials(given)} {family}" : family;
    }
}
