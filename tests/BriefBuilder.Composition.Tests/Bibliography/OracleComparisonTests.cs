using System.Text.RegularExpressions;
using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Composition.Tests.Bibliography.Oracle;
using BriefBuilder.Dates;
using BriefBuilder.Records;
using Xunit.Abstractions;

namespace BriefBuilder.Composition.Tests.Bibliography;

/// <summary>
/// BriefBuilder's bibliography against pandoc --citeproc formatting the same CSL-JSON with the same CSL style
/// (pandoc 2.17, citeproc 0.6), as recorded in Oracle/Recordings by record-oracle.sh. Entries must match exactly after
/// <see cref="OracleText.Normalize"/>, except where a divergence below says how and why BriefBuilder deliberately differs.
/// </summary>
public sealed partial class OracleComparisonTests(OracleRuns runs, ITestOutputHelper output) : OracleSuite(runs, output), IClassFixture<OracleRuns>
{
    /// <summary>A title the workbook writes in square brackets is the curator's description of an untitled work; citeproc
    /// prints it as a title. Chicago's rewrite changes the words, APA's only the italics.</summary>
    internal static readonly Divergence DescriptiveTitle = new(
        "Descriptive title (Chicago)",
        "the CSL-JSON carries an untitled work's description in square brackets, as reference managers keep it, and citeproc "
        + "prints it as a title, title-cased and quoted or italicised. A description is no title: Chicago prints it plain, as "
        + "the curator wrote it.",
        (source, style) => style == CitationStyle.ChicagoAuthorDate && source.HasDescriptiveTitle,
        (text, context) => BracketedTitle().Replace(text, match => context.Source.PlainTitle + match.Groups["stop"].Value, 1));

    /// <summary>APA's side of <see cref="DescriptiveTitle"/>.</summary>
    internal static readonly Divergence DescriptiveTitleInItalics = new(
        "Descriptive title (APA)",
        "citeproc italicises the bracketed description of an untitled work as if it were the title; APA 9.22 puts "
        + "a description in square brackets without italics.",
        (source, style) => style == CitationStyle.Apa7 && source.HasDescriptiveTitle,
        (text, context) => text.Replace($"*[{context.Source.PlainTitle}]*", $"[{context.Source.PlainTitle}]", StringComparison.Ordinal),
        MarksOnly: true);

    /// <summary>The deliberate divergences: each says which entries it concerns and turns citeproc's text into ours.</summary>
    private static readonly Divergence[] EnglishDivergences =
    [
        new(
            "Names in Armenian script",
            "citeproc treats a name in a script outside its 'romanesque' list as East Asian, printing family and given name run together "
            + "(ՊետրոսյանԱրամ, ՊետրոսյանԱ.); BriefBuilder inverts it like any other name, as CMOS 13.74 and APA 9.8 do.",
            (source, _) => ArmenianNames.Among(source),
            (text, _) => ArmenianNames.Inverted(text)),
        new(
            "Unsigned news article",
            "when the newspaper stands in for the author, citeproc prints the article's title in italics, as if it were a whole "
            + "work; Chicago sets the title of an article in quotation marks whoever stands first (CMOS 14.89).",
            (source, style) => style == CitationStyle.ChicagoAuthorDate && source is { Type: SourceType.News, Authors.Count: 0, Container: not null, Title: not null },
            (text, _) => QuoteThirdSentence(text)),
        new(
            "Last word of a title",
            "citeproc 0.6 leaves a lower-case stop word that ends an italic title in lower case (\"A Peace to Build on\"); "
            + "CMOS 8.159 and the CSL specification capitalise the first and last words.",
            (source, style) => style == CitationStyle.ChicagoAuthorDate && source.Type is SourceType.Report or SourceType.Book
                && source.Title?.Split(' ')[^1] is "on" or "in" or "to" or "up" or "of" or "for" or "with",
            (text, _) => text.Replace("Build on", "Build On", StringComparison.Ordinal)),
        new(
            "Period inside nested quotation marks",
            "citeproc puts the period between a closing single and a closing double quotation mark (“… ‘Peace Is Possible’.”); "
            + "American usage puts it inside both (CMOS 6.9: “… ‘Peace Is Possible.’”).",
            (source, style) => style == CitationStyle.ChicagoAuthorDate && source.Type is not (SourceType.Report or SourceType.Book)
                && source.Title?.EndsWith('"') == true,
            (text, _) => text.Replace("'.\"", ".'\"", StringComparison.Ordinal)),
        new(
            "Archived copy",
            "CSL has no variable for an archived URL, so the CSL-JSON carries it in `note`, which neither style prints; "
            + "BriefBuilder adds it after the URL so a reader can still reach a page that moved or vanished.",
            (source, _) => source.Url is not null && source.ArchivedUrl is not null,
            (text, context) => context.Style == CitationStyle.ChicagoAuthorDate
                ? $"{text} Archived at {context.Link(context.Source.ArchivedUrl!)}."
                : $"{text} (archived at {context.Link(context.Source.ArchivedUrl!)})"),
        new(
            "Undated page without an access date",
            "the APA CSL style prints \"Retrieved\" before the URL of any undated source, even without a retrieval date, "
            + "giving \"Retrieved https://...\"; APA 9.16 gives a retrieval date only when there is one, and the URL alone otherwise.",
            (source, style) => style == CitationStyle.Apa7 && source.Date is null && source.Accessed is null && source.Url is not null,
            (text, _) => RetrievedWithoutDate().Replace(text, "$1")),
        new(
            "Decade",
            "citeproc prints a literal date (\"1990s\") as the year and again where the month and day go; BriefBuilder prints it once. "
            + "Reports and books show no month and day, so only the other types are concerned.",
            (source, _) => source.Date?.Start?.Precision == DatePrecision.Decade && source.Type is not (SourceType.Report or SourceType.Book),
            (text, context) => context.Style == CitationStyle.ChicagoAuthorDate
                ? RepeatedDecade().Replace(text, string.Empty)
                : text.Replace("s, 1990s)", "s)", StringComparison.Ordinal)),
        DescriptiveTitle,
        DescriptiveTitleInItalics,
    ];

    /// <summary>Sources both styles leave out of the reference list, which BriefBuilder lists so every citation has a target.</summary>
    internal static readonly Omission UnpublishedInterviews = new(
        "Unpublished interview",
        "both CSL styles cite an interview with no outlet, publisher or URL in the text only (CMOS 14.111, APA 8.9); "
        + "a brief lists every cited source so each claim's citation links to an entry. citeproc then cites them as personal "
        + "communications (\"(Anna Grigoryan, “Interview by the Author,” February 10, 2024)\"); with an entry they take the "
        + "ordinary author-date citation, so their citations are not compared either.",
        source => source.Type == SourceType.Interview && source.Container is null && source.Publisher is null && source.Url is null && source.ArchivedUrl is null);

    /// <summary>Sorting differs where a title or organisation starts with an article, which Chicago and APA pass over and citeproc does not.</summary>
    private static readonly Omission LeadingArticles = new(
        "Leading article",
        "Chicago and APA alphabetise by the first word after an initial article, \"The Jamestown Foundation\" under J; citeproc sorts it under T.",
        source => StartsWithArticle(source.Authors.Count > 0 ? source.Authors[0].ToString() : source.Title));

    [Theory]
    [MemberData(nameof(StylesAndSets))]
    public void Citeproc_leaves_out_only_unpublished_interviews(CitationStyle style, string set)
    {
        var (oracle, ours) = Format(style, set);
        var listed = oracle.Entries.Select(e => e.Id).ToHashSet();
        var leftOut = ours.Entries.Select(e => e.Source).Where(s => !listed.Contains(s.Id)).ToList();
        Assert.All(leftOut, s => Assert.True(UnpublishedInterviews.AppliesTo(s), $"citeproc left out {s.Id}"));
        Assert.Equal(OracleRuns.Sources(set).Count, ours.Entries.Count);
    }

    [Fact]
    public void Every_omission_is_exercised_by_a_test_source()
    {
        var sources = OracleRuns.SetNames.SelectMany(OracleRuns.Sources).ToList();
        Assert.True(sources.Any(UnpublishedInterviews.AppliesTo), UnpublishedInterviews.Name);
        Assert.True(sources.Any(LeadingArticles.AppliesTo), LeadingArticles.Name);
    }

    internal override OracleLocale Locale => OracleLocale.English;

    internal override IReadOnlyList<Divergence> Divergences => EnglishDivergences;

    internal override bool SortsApart(Source source) => LeadingArticles.AppliesTo(source);

    private static bool StartsWithArticle(string? text) =>
        text is not null && (text.StartsWith("The ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("A ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("An ", StringComparison.OrdinalIgnoreCase));

    // "Reuters. 2023. Title. October 6." becomes "Reuters. 2023. "Title." October 6." (marks for italics dropped from the title).
    private static string QuoteThirdSentence(string text)
    {
        var parts = text.Split(". ", 3);
        var end = parts[2].IndexOf(". ", StringComparison.Ordinal);
        var title = end < 0 ? parts[2].TrimEnd('.') : parts[2][..end];
        var rest = end < 0 ? string.Empty : parts[2][(end + 1)..];
        return $"{parts[0]}. {parts[1]}. \"{title.Trim('*')}.\"{rest}";
    }

    // "Statement. 1990s." or "Publisher, 1990s." where citeproc repeats the decade in the month-and-day position.
    [GeneratedRegex(@"(?<=\d{4}s\..*)(?:, |\. )\d{4}s(?=\.)")]
    private static partial Regex RepeatedDecade();

    [GeneratedRegex(@"Retrieved (<?https?://)")]
    private static partial Regex RetrievedWithoutDate();

    // The bracketed description as citeproc prints it: perhaps italic, perhaps quoted with its full stop inside.
    [GeneratedRegex(@"(?:""|« )?\*?\[[^\]]+\]\*?(?<stop>\.)?(?:""| »)?")]
    private static partial Regex BracketedTitle();
}
