using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Sorting;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Chicago;

/// <summary>
/// Chicago's reference list order: by author (or what leads an unsigned entry), then dated works before
/// undated ones (CMOS 14.44), then year only (CMOS 13.112-13.114), then title.
/// </summary>
internal static class ChicagoSortKey
{
    public static EntrySortKey Of(CslItem item, BibliographyLocale locale) => new(
    [
        LeadWords(item, locale),
        [item.Issued is null ? "1" : "0"],
        item.Issued is null ? null : [YearKey(item.Issued)],
        SortCollation.WordsWithoutArticle(item.Title, locale.LanguageOf(item)),
    ]);

    private static IReadOnlyList<string> LeadWords(CslItem item, BibliographyLocale locale)
    {
        if (item.Authors.Count > 0)
        {
            return [.. item.Authors.SelectMany((name, i) => NameWords(name, i == 0, locale.LanguageOf(item)))];
        }

        return SortCollation.WordsWithoutArticle(ChicagoLead.Of(item, locale).Text, locale.LanguageOf(item));
    }

    // A name sorts by family name; "de Waal" under W, as the CSL style demotes the particle.
    // Only the first name can start the entry, so only its leading article is set aside.
    private static IEnumerable<string> NameWords(CslName name, bool first, string language) => name.IsOrganization
        ? first ? SortCollation.WordsWithoutArticle(name.Literal, language) : SortCollation.Words(name.Literal)
        : SortCollation.Words(string.Join(' ', new[] { name.Family, name.Given, name.DroppingParticle, name.Particle }.Where(p => p is not null)));

    private static string YearKey(CslDate issued) => issued.Literal ?? issued.Start.Year.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
}
