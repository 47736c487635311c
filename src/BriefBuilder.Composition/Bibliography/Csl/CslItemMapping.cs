using BriefBuilder.Composition.Bibliography.Text;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Bibliography.Csl;

/// <summary>Maps a workbook source to the CSL item both styles format and `export --csl-json` writes.</summary>
internal static class CslItemMapping
{
    /// <summary>The item with its genre and any decade or century in <paramref name="language"/>'s words, English when none is given.</summary>
    public static CslItem ToCslItem(this Source source, BriefLanguage? language = null) =>
        source.ToCslItem(new BibliographyLocale(language ?? BriefLanguage.English));

    internal static CslItem ToCslItem(this Source source, BibliographyLocale locale)
    {
        ArgumentNullException.ThrowIfNull(source);

        // A report's or book's container is the series it belongs to (CSL collection-title), which both
        // styles print after the title; as container-title citeproc would treat it as a chapter ("In ...").
        var isSeries = source.Type is SourceType.Report or SourceType.Book;
        var url = Blank(source.Url) ?? Blank(source.ArchivedUrl);
        var archived = Blank(source.Url) is null ? null : Blank(source.ArchivedUrl);
        return new CslItem(
            source.Id,
            TypeOf(source),
            [.. source.Authors.Select(CslName.From)],
            Blank(source.PlainTitle),
            isSeries ? null : Blank(source.Container),
            isSeries ? Blank(source.Container) : null,
            Blank(source.Publisher),
            locale.Genre(source.Type),
            CslDate.From(source.Date, locale),
            CslDate.From(source.Accessed, locale),
            url,
            archived == url ? null : archived,
            Blank(source.Language))
        {
            TitleIsDescription = source.HasDescriptiveTitle,
        };
    }

    // Statements and resolutions are `document` with a genre, press briefings `speech` (they are spoken):
    // both print the genre (APA in brackets, "[Statement]"). `legislation` and `bill` would suit resolutions
    // in name, but both styles format them as Bluebook legal references, dropping the author and the issuing
    // body; `document` keeps "UN Security Council. 1993. “Resolution 853.” Resolution."
    private static CslType TypeOf(Source source) => source.Type switch
    {
        SourceType.Article => Blank(source.Container) is null ? CslType.Article : CslType.ArticleJournal,
        SourceType.News => CslType.ArticleNewspaper,
        SourceType.Statement or SourceType.Resolution => CslType.Document,
        SourceType.PressBriefing => CslType.Speech,
        SourceType.Report => CslType.Report,
        SourceType.Interview => CslType.Interview,
        SourceType.Book => CslType.Book,
        SourceType.Web => CslType.Webpage,
        SourceType.Social => CslType.Post,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source.Type, "Unknown source type."),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
