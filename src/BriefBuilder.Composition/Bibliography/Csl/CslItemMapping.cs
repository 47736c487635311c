using BriefBuilder.Records;

namespace BriefBuilder.Composition.Bibliography.Csl;

/// <summary>Maps a workbook source to the CSL item both styles format and `export --csl-json` writes.</summary>
public static class CslItemMapping
{
    public static CslItem ToCslItem(this Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (type, genre) = TypeOf(source);

        // A report's or book's container is the series it belongs to (CSL collection-title), which both
        // styles print after the title; as container-title citeproc would treat it as a chapter ("In ...").
        var isSeries = source.Type is SourceType.Report or SourceType.Book;
        var url = Blank(source.Url) ?? Blank(source.ArchivedUrl);
        var archived = Blank(source.Url) is null ? null : Blank(source.ArchivedUrl);
        return new CslItem(
            source.Id,
            type,
            [.. source.Authors.Select(CslName.From)],
            Blank(source.Title),
            isSeries ? null : Blank(source.Container),
            isSeries ? Blank(source.Container) : null,
            Blank(source.Publisher),
            genre,
            CslDate.From(source.Date),
            CslDate.From(source.Accessed),
            url,
            archived == url ? null : archived,
            Blank(source.Language));
    }

    // Statements and resolutions are `document` with a genre, press briefings `speech` (they are spoken):
    // both print the genre (APA in brackets, "[Statement]"). `legislation` and `bill` would suit resolutions
    // in name, but both styles format them as Bluebook legal references, dropping the author and the issuing
    // body; `document` keeps "UN Security Council. 1993. “Resolution 853.” Resolution."
    private static (CslType Type, string? Genre) TypeOf(Source source) => source.Type switch
    {
        SourceType.Article => (Blank(source.Container) is null ? CslType.Article : CslType.ArticleJournal, null),
        SourceType.News => (CslType.ArticleNewspaper, null),
        SourceType.Statement => (CslType.Document, "Statement"),
        SourceType.PressBriefing => (CslType.Speech, "Press briefing"),
        SourceType.Report => (CslType.Report, null),
        SourceType.Resolution => (CslType.Document, "Resolution"),
        SourceType.Interview => (CslType.Interview, null),
        SourceType.Book => (CslType.Book, null),
        SourceType.Web => (CslType.Webpage, null),
        SourceType.Social => (CslType.Post, null),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source.Type, "Unknown source type."),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
