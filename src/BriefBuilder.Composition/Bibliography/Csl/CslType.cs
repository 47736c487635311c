namespace BriefBuilder.Composition.Bibliography.Csl;

/// <summary>The CSL item types BriefBuilder's source types map to.</summary>
public enum CslType
{
    ArticleJournal,
    Article,
    ArticleNewspaper,
    Document,
    Speech,
    Report,
    Interview,
    Book,
    Webpage,
    Post,
}

/// <summary>The CSL names of <see cref="CslType"/> values.</summary>
internal static class CslTypeNames
{
    public static string ToCslName(this CslType type) => type switch
    {
        CslType.ArticleJournal => "article-journal",
        CslType.Article => "article",
        CslType.ArticleNewspaper => "article-newspaper",
        CslType.Document => "document",
        CslType.Speech => "speech",
        CslType.Report => "report",
        CslType.Interview => "interview",
        CslType.Book => "book",
        CslType.Webpage => "webpage",
        CslType.Post => "post",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
