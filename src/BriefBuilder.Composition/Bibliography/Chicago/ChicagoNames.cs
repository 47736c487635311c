using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Names;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Chicago;

/// <summary>Authors as Chicago prints them: the first name inverted in the reference list, family names in citations (CMOS 13.74-13.86).</summary>
internal static class ChicagoNames
{
    // The CSL style's et-al-min 7 and et-al-use-first 3: up to six authors are listed; from seven, the first three and "et al."
    private const int ListAllUpTo = 6;
    private const int ListedBeforeEtAl = 3;

    public static string? Reference(IReadOnlyList<CslName> authors, BibliographyLocale locale)
    {
        if (authors.Count == 0)
        {
            return null;
        }

        var first = Inverted(authors[0]);
        if (authors.Count > ListAllUpTo)
        {
            return string.Join(", ", [first, .. authors.Skip(1).Take(ListedBeforeEtAl - 1).Select(Natural), locale.Words.EtAl]);
        }

        if (authors.Count == 1)
        {
            return first;
        }

        var middle = authors.Skip(1).Take(authors.Count - 2).Select(Natural);
        return string.Join(", ", [first, .. middle, $"{locale.Words.And} {Natural(authors[^1])}"]);
    }

    /// <summary>"Bagheri", "Broers and Toal", "Broers et al.", or more names and a given name where disambiguation asks.</summary>
    public static string? Citation(IReadOnlyList<CslName> authors, Disambiguation disambiguation, BibliographyLocale locale) =>
        CitationNames.Join(authors, disambiguation, locale.Words.And, locale.Words.EtAl, Short);

    // Particles follow the given name when the family name leads ("Waal, Thomas de", "Rashīd, Ahmad al-"), as the CSL
    // style demotes them (CMOS 8.5).
    private static string Inverted(CslName name)
    {
        if (name.IsOrganization)
        {
            return name.Literal!;
        }

        var given = name.Given is null ? null : GivenNames.Full(name.Given);
        var afterComma = string.Join(' ', new[] { given, name.DroppingParticle, name.Particle }.Where(p => p is not null));
        return afterComma.Length == 0 ? name.Family! : $"{name.Family}, {afterComma}";
    }

    private static string Natural(CslName name)
    {
        if (name.IsOrganization)
        {
            return name.Literal!;
        }

        var given = name.Given is null ? null : GivenNames.Full(name.Given);
        return string.Join(' ', new[] { given, name.DroppingParticle, name.FamilyWithParticle }.Where(p => p is not null));
    }

    private static string Short(CslName name, GivenNameHint hint)
    {
        if (name.IsOrganization)
        {
            return name.Literal!;
        }

        var family = name.FamilyWithParticle;
        var given = (hint, name.Given) switch
        {
            (GivenNameHint.Initials, { } g) => GivenNames.Initials(g),
            (GivenNameHint.FullName, { } g) => GivenNames.Full(g),
            _ => null,
        };
        return given is null ? family : $"{given} {family}";
    }
}
