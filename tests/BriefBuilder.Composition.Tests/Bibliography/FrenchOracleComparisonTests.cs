using System.Text.RegularExpressions;
using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Tests.Bibliography.Oracle;
using BriefBuilder.Dates;
using BriefBuilder.Records;
using Xunit.Abstractions;

namespace BriefBuilder.Composition.Tests.Bibliography;

/// <summary>
/// A French brief's bibliography against pandoc --citeproc with `lang: fr-FR` (the CSL fr-FR locale citeproc 0.6
/// embeds): "s. d.", lower-case month names, "et", "et al.", « » with non-breaking spaces and the period outside them,
/// "Consulté le". Entries must match exactly after <see cref="OracleText.Normalize"/>, except where a divergence below
/// says how and why; items without a language are taken to be French, so neither side title-cases them (CSL 1.0.2).
/// </summary>
public sealed partial class FrenchOracleComparisonTests(OracleRuns runs, ITestOutputHelper output) : OracleSuite(runs, output), IClassFixture<OracleRuns>
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly Divergence[] FrenchDivergences =
    [
        new(
            "Names in Armenian script",
            "as in English: citeproc runs an Armenian family name and given name together; BriefBuilder inverts it (CMOS 13.74, APA 9.8).",
            (source, _) => ArmenianNames.Among(source),
            (text, _) => ArmenianNames.Inverted(text)),
        new(
            "Day before the month",
            "both CSL styles build the date of publication from parts in English order, so citeproc writes \"octobre 5\" and "
            + "\"septembre 19–21\"; French puts the day first and writes the first of the month \"1er\", as the fr-FR locale's "
            + "own date form and the brief's other dates do: \"5 octobre\", \"19–21 septembre\", \"1er mai\".",
            (source, style) => IsDatedToTheDay(source) && ShowsMonthAndDay(source, style),
            (text, _) => MonthThenDay().Replace(text, DayFirst)),
        new(
            "Access date wording",
            "the locale's terms give \"Consulté le\" (Chicago, term `accessed`) before any access date and \"Consulté\" (APA, term "
            + "`retrieved`) before a day; French needs \"le\" before a day and \"en\" before a month or a year: "
            + "\"Consulté le 3 février 2024\", \"Consulté en février 2024\".",
            (source, style) => source.Date is null && source.Accessed?.Start is { } accessed
                && (style == CitationStyle.Apa7 || accessed.Precision != DatePrecision.Day),
            (text, context) => AccessedWording().Replace(text, context.Source.Accessed!.Start!.Precision == DatePrecision.Day ? "Consulté le " : "Consulté en ")),
        new(
            "Unsigned news article",
            "as in English: with the newspaper in the author's place citeproc italicises the article's title; an article's title "
            + "keeps its quotation marks (CMOS 14.89), here French ones with the period after them.",
            (source, style) => style == CitationStyle.ChicagoAuthorDate && source is { Type: SourceType.News, Authors.Count: 0, Container: not null, Title: not null },
            (text, _) => QuoteTitle(text)),
        new(
            "Archived copy",
            "as in English: CSL has no variable for an archived URL; BriefBuilder adds it after the URL in the locale's words "
            + "(\"à l'adresse\", the fr-FR term `from`).",
            (source, _) => source.Url is not null && source.ArchivedUrl is not null,
            (text, context) => context.Style == CitationStyle.ChicagoAuthorDate
                ? $"{text} Archivé à l'adresse {context.Link(context.Source.ArchivedUrl!)}."
                : $"{text} (archivé à l'adresse {context.Link(context.Source.ArchivedUrl!)})"),
        new(
            "Undated page without an access date",
            "as in English: the APA CSL style prints its `retrieved` term (\"Consulté\") before the URL of any undated source, even "
            + "without a date; APA 9.16 gives a retrieval date only when there is one.",
            (source, style) => style == CitationStyle.Apa7 && source.Date is null && source.Accessed is null && source.Url is not null,
            (text, _) => RetrievedWithoutDate().Replace(text, "$1")),
        new(
            "Decade",
            "as in English: citeproc prints a literal date (\"années 1990\") as the year and again where the month and day go; "
            + "BriefBuilder prints it once.",
            (source, _) => source.Date?.Start?.Precision == DatePrecision.Decade && source.Type is not (SourceType.Report or SourceType.Book),
            (text, context) => context.Style == CitationStyle.ChicagoAuthorDate
                ? RepeatedDecade().Replace(text, string.Empty)
                : RepeatedDecadeInParentheses().Replace(text, "($1)")),
        new(
            "Online post",
            "the APA style's \"[Online post]\" is its own English term for `post`, and citeproc 0.6's fr-FR locale has none, so the "
            + "description vanishes; APA 9.21 describes such a source in brackets in every language: \"[Publication en ligne]\".",
            (source, style) => style == CitationStyle.Apa7 && source.Type == SourceType.Social,
            (text, context) => DescribePost(text, context)),
        OracleComparisonTests.DescriptiveTitle,
        OracleComparisonTests.DescriptiveTitleInItalics,
    ];

    internal override OracleLocale Locale => OracleLocale.French;

    internal override IReadOnlyList<Divergence> Divergences => FrenchDivergences;

    private static bool IsDatedToTheDay(Source source) => source.Date is { } date && (date.Start ?? date.End)?.Precision == DatePrecision.Day;

    // Where each style prints a month and day after the year (the CSL styles' issued-date macros).
    private static bool ShowsMonthAndDay(Source source, CitationStyle style) => style == CitationStyle.ChicagoAuthorDate
        ? source.Type is not (SourceType.Report or SourceType.Book)
        : source.Type is not (SourceType.Article or SourceType.Report or SourceType.Book);

    private static string DayFirst(Match match)
    {
        var month = match.Groups["month"].Value;
        return match.Groups["end"].Success
            ? $"{Day(match.Groups["day"].Value)}–{Day(match.Groups["end"].Value)} {month}"
            : $"{Day(match.Groups["day"].Value)} {month}";
    }

    private static string Day(string number) => number == "1" ? "1er" : number;

    // "Reuters. 2023. Title. 6 octobre." becomes "Reuters. 2023. « Title ». 6 octobre." (marks for italics dropped from the title).
    private static string QuoteTitle(string text)
    {
        var match = LeadYearTitle().Match(text);
        var title = match.Groups["title"].Value.Trim('*');
        return $"{match.Groups["lead"].Value}. {match.Groups["year"].Value} « {title} ».{match.Groups["rest"].Value}";
    }

    // After the title, or after the date when the title stands in the author's place (APA 9.12).
    private static string DescribePost(string text, DivergenceContext context)
    {
        const string description = " [Publication en ligne].";
        if (context.Source.Authors.Count == 0)
        {
            return EndOfDate().Replace(text, ")." + description, 1);
        }

        var title = context.Marked ? $"*{context.Source.Title}*" : context.Source.Title!;
        var position = text.IndexOf(title + ".", StringComparison.Ordinal);
        return text.Remove(position + title.Length, 1).Insert(position + title.Length, description);
    }

    [GeneratedRegex(@"\b(?<month>janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) (?<day>\d{1,2})(?!\d)(?:–(?<end>\d{1,2})(?!\d))?")]
    private static partial Regex MonthThenDay();

    [GeneratedRegex(@"Consulté (?:le )?(?=\S)")]
    private static partial Regex AccessedWording();

    // The lead, the year with its period ("2023.", "s. d.", "s. d.-a."), the title up to its closing period, and the rest.
    [GeneratedRegex(@"^(?<lead>[^.]*)\. (?<year>s\. d\.-[a-z]+\.|s\. d\.|[^ ]+?\.) (?<title>.*?)\.(?<rest>(?: .*)?)$")]
    private static partial Regex LeadYearTitle();

    [GeneratedRegex(@"\)\.")]
    private static partial Regex EndOfDate();

    [GeneratedRegex(@"Consulté (<?https?://)")]
    private static partial Regex RetrievedWithoutDate();

    // "Déclaration. Conseil, années 1990." where citeproc repeats the decade in the month-and-day position.
    [GeneratedRegex(@"(?<=années \d{4}\..*)(?:, |\. )années \d{4}(?=\.)")]
    private static partial Regex RepeatedDecade();

    [GeneratedRegex(@"\((années \d{4}), années \d{4}\)")]
    private static partial Regex RepeatedDecadeInParentheses();
}
