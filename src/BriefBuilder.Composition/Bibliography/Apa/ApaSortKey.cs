using System.Globalization;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Bibliography.Sorting;
using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Apa;

/// <summary>
/// APA 7's reference list order: by author (or what stands in the author's place), then undated works before
/// dated ones, then by date, then by title (APA 9.44-9.49, as the APA CSL style orders them).
/// </summary>
internal static class ApaSortKey
{
    public static EntrySortKey Of(CslItem item, BibliographyLocale locale) => new(
    [
        LeadWords(item, locale),
        [item.Issued is null ? "0" : "1"],
        item.Issued is null ? null : [DateKey(item)],
        SortCollation.WordsWithoutArticle(item.Title, locale.LanguageOf(item)),
    ]);

    private static IReadOnlyList<string> LeadWords(CslItem item, BibliographyLocale locale)
    {
        if (ApaNames.Reference(item.Authors) is { } names)
        {
            // The names as printed, less the ampersand; a group author's leading article is set aside.
            var words = SortCollation.Words(names.Replace("&", string.Empty, StringComparison.Ordinal));
            return item.Authors[0].IsOrganization ? SortCollation.WordsWithoutArticle(string.Join(' ', words), locale.LanguageOf(item)) : words;
        }

        var lead = item.Type == CslType.Webpage && item.Publisher is not null ? item.Publisher : item.Title;
        return SortCollation.WordsWithoutArticle(lead, locale.LanguageOf(item));
    }

    // As the APA CSL style sorts: books, reports and journal articles by year, works dated to the day by the full date.
    private static string DateKey(CslItem item)
    {
        var date = item.Issued!;
        if (date.Literal is not null)
        {
            return date.Literal;
        }

        var byYear = item.Type is CslType.ArticleJournal or CslType.Article or CslType.Report or CslType.Book;
        var start = date.Start;
        return byYear
            ? start.Year.ToString("D9", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{start.Year:D9}{start.Month ?? 0:D2}{start.Day ?? 0:D2}");
    }
}
