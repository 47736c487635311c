using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Names;

namespace BriefBuilder.Composition.Bibliography.Citations;

/// <summary>
/// Tells apart citations that would read the same, in CSL's order (CSL 1.0.2, "Disambiguation"): first the
/// initials of first authors who share a family name (APA 8.20), then more names before "et al.", then
/// letters after the year, given in reference list order (CMOS 13.114, APA 8.19).
/// </summary>
internal static class Disambiguator
{
    /// <summary>The disambiguation of each item, keyed by item ID; <paramref name="ordered"/> is in reference list order.</summary>
    public static IReadOnlyDictionary<string, Disambiguation> Resolve(IReadOnlyList<CslItem> ordered, AuthorDateStyle style)
    {
        var firstAuthors = ordered
            .Select(i => i.Authors.Count > 0 ? i.Authors[0] : null)
            .OfType<CslName>()
            .Where(n => n is { IsOrganization: false, Family: not null })
            .ToLookup(n => n.Family!, StringComparer.Ordinal);
        var result = ordered.ToDictionary(i => i.Id, i => Disambiguation.None with { PrimaryGivenName = GivenNameHintFor(i, firstAuthors, style) });
        var ambiguous = ordered
            .GroupBy(i => style.Render(style.Citation(i, result[i.Id])).PlainText, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.ToList());
        foreach (var group in ambiguous)
        {
            var remaining = AddNames(group, style, result);
            var suffix = 1;
            foreach (var item in remaining)
            {
                result[item.Id] = result[item.Id] with { YearSuffix = suffix++ };
            }
        }

        return result;
    }

    // CSL "givenname-disambiguation-rule" primary-name(-with-initials): a first author who shares a family name
    // with another first author gets initials, or the given name when initials are shared too (Chicago only).
    // The first authors are looked up by family name: comparing each item with every other grew with the square of
    // the reference list.
    private static GivenNameHint GivenNameHintFor(CslItem item, ILookup<string, CslName> firstAuthors, AuthorDateStyle style)
    {
        if (item.Authors.Count == 0 || item.Authors[0] is not { IsOrganization: false, Family: { } family } first)
        {
            return GivenNameHint.None;
        }

        var namesakes = firstAuthors[family].Where(n => n != first).ToList();
        if (namesakes.Count == 0)
        {
            return GivenNameHint.None;
        }

        if (!namesakes.Any(n => SameInitials(n, first)))
        {
            return GivenNameHint.Initials;
        }

        return style.GivenNamesBeyondInitials ? GivenNameHint.FullName : GivenNameHint.None;
    }

    private static bool SameInitials(CslName one, CslName other) =>
        one.Given is not null && other.Given is not null && GivenNames.Initials(one.Given) == GivenNames.Initials(other.Given);

    // Shows one more name before "et al." at a time until an item's names differ from every other's;
    // returns the items that names alone cannot tell apart, still in reference list order.
    private static List<CslItem> AddNames(List<CslItem> group, AuthorDateStyle style, Dictionary<string, Disambiguation> result)
    {
        var remaining = group;
        var most = group.Max(i => i.Authors.Count);
        for (var shown = 1; shown <= most && remaining.Count > 1; shown++)
        {
            var told = remaining.Where(i => remaining.All(o => o == i || NamesKey(o, shown, style) != NamesKey(i, shown, style))).ToList();
            if (told.Count == 0)
            {
                continue;
            }

            foreach (var item in remaining)
            {
                result[item.Id] = result[item.Id] with { NamesShown = shown };
            }

            remaining = [.. remaining.Except(told)];
        }

        return remaining;
    }

    // The first names as disambiguation compares them: the first author with a given name (initials only when
    // the style stops at initials), the others by family name alone.
    private static string NamesKey(CslItem item, int shown, AuthorDateStyle style) => string.Join(
        "|",
        item.Authors.Take(shown).Select((n, i) => n.IsOrganization
            ? n.Literal
            : i > 0 || n.Given is null
                ? $"{n.Particle} {n.Family}"
                : $"{n.Particle} {n.Family}, {(style.GivenNamesBeyondInitials ? n.Given : GivenNames.Initials(n.Given))}"));
}
