using System.Text.RegularExpressions;
using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Tests.Bibliography.Oracle;
using BriefBuilder.Composition.Tests.Bibliography.TestSources;
using BriefBuilder.Dates;
using BriefBuilder.Records;
using static BriefBuilder.Composition.Tests.Bibliography.TestSources.SourceBuilder;

namespace BriefBuilder.Composition.Tests.Bibliography;

/// <summary>
/// The bibliography and its citations in the brief's language. French words are checked against citeproc in
/// <see cref="FrenchOracleComparisonTests"/>; these pin what the oracle's normalisation cannot see (non-breaking
/// spaces) and Armenian, which has no CSL locale to compare with.
/// </summary>
public sealed partial class BibliographyLanguageTests
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly Source UndatedPage = Source("S10", SourceType.Web).By("OSCE Minsk Group").Titled("About the Minsk Group").In("OSCE")
        .Accessed(DateValues.Day(2024, 1, 15)).At("https://www.osce.org/mg");

    private static readonly Source Statement = Source("S04", SourceType.Statement).By("Ministry of Foreign Affairs of Armenia")
        .Titled("Statement on the situation").PublishedBy("Ministry of Foreign Affairs of Armenia").Dated(DateValues.Day(2023, 9, 20));

    private static BriefLanguage French => BriefLanguage.Get("fr");

    private static BriefLanguage Armenian => BriefLanguage.Get("hy");

    [Fact]
    public void A_french_entry_keeps_s_d_its_guillemets_and_its_dates_together_with_non_breaking_spaces()
    {
        var entry = ReferenceList.Build([UndatedPage], CitationStyle.ChicagoAuthorDate, French).Entries[0];

        Assert.Equal(
            "OSCE Minsk Group. s.\u00A0d. «\u202FAbout the Minsk Group\u202F». OSCE. Consulté le 15\u00A0janvier\u00A02024. https://www.osce.org/mg.",
            entry.Text.PlainText);
        Assert.Equal("(OSCE Minsk Group, s.\u00A0d.)", entry.Citation.PlainText);
    }

    [Fact]
    public void A_french_period_stays_outside_the_guillemets_unless_the_title_ends_in_its_own_mark()
    {
        var question = Source("S31", SourceType.News).By("Adams, J.R.").Titled("Is a peace treaty within reach?").In("Eurasianet")
            .Dated(DateValues.Day(2023, 12, 1));

        var entries = ReferenceList.Build([question, Statement], CitationStyle.ChicagoAuthorDate, French).Entries;

        Assert.Equal("Adams, J. R. 2023. «\u202FIs a peace treaty within reach?\u202F» Eurasianet, 1er\u00A0décembre.", entries[0].Text.PlainText);
        Assert.Contains("«\u202FStatement on the situation\u202F». Déclaration.", entries[1].Text.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CitationStyle.ChicagoAuthorDate, "fr", "Déclaration. Ministry of Foreign Affairs of Armenia, 20\u00A0septembre.")]
    [InlineData(CitationStyle.Apa7, "fr", "Statement on the situation [Déclaration].")]
    [InlineData(CitationStyle.ChicagoAuthorDate, "hy", "Հայտարարություն. Ministry of Foreign Affairs of Armenia, 20\u00A0սեպտեմբերի.")]
    [InlineData(CitationStyle.Apa7, "hy", "Statement on the situation [Հայտարարություն].")]
    public void Genres_are_named_in_the_brief_s_language(CitationStyle style, string language, string expected)
    {
        var entry = ReferenceList.Build([Statement], style, BriefLanguage.Get(language)).Entries[0];

        Assert.Contains(expected, entry.Text.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Armenian_dates_put_the_day_first_and_the_month_in_the_genitive_as_the_rest_of_the_brief_does()
    {
        var chicago = ReferenceList.Build([Statement, UndatedPage], CitationStyle.ChicagoAuthorDate, Armenian).Entries;
        var apa = ReferenceList.Build([Statement, UndatedPage], CitationStyle.Apa7, Armenian).Entries;

        Assert.Contains("20\u00A0սեպտեմբերի.", chicago.Single(e => e.Source.Id == "S04").Text.PlainText, StringComparison.Ordinal);
        Assert.Contains("Դիտվել է 15\u00A0հունվարի\u00A02024\u00A0թ.", chicago.Single(e => e.Source.Id == "S10").Text.PlainText, StringComparison.Ordinal);
        Assert.Contains("(2023, 20\u00A0սեպտեմբերի)", apa.Single(e => e.Source.Id == "S04").Text.PlainText, StringComparison.Ordinal);
        Assert.Equal("(OSCE Minsk Group, առանց թվականի)", apa.Single(e => e.Source.Id == "S10").Citation.PlainText);
    }

    [Theory]
    [MemberData(nameof(OracleSuite.StylesAndSets), MemberType = typeof(OracleSuite))]
    public void An_armenian_bibliography_and_its_citations_hold_no_english_fixed_word(CitationStyle style, string set)
    {
        var entries = ReferenceList.Build(OracleRuns.Sources(set), style, Armenian).Entries;

        // Once the sources' own words are taken out, what remains is the style's and the language's: Armenian, digits, punctuation.
        var fixedTexts = entries
            .SelectMany(e => new[] { e.Text, e.Citation }.Select(text => (e.Source.Id, Fixed: FixedText.Of(text.PlainText, e.Source))))
            .ToList();
        var latin = fixedTexts
            .Where(e => LatinLetters().IsMatch(e.Fixed))
            .Select(e => $"{e.Id}: {e.Fixed}")
            .ToList();
        Assert.True(latin.Count == 0, $"{latin.Count} with Latin letters besides the source's own:\n{string.Join('\n', latin.Take(10))}");
        Assert.DoesNotContain(fixedTexts, e => EnglishMonths.Any(month => e.Fixed.Contains(month, StringComparison.Ordinal)));
    }

    [Fact]
    public void Sections_by_source_type_are_titled_in_the_list_s_language()
    {
        var sections = ReferenceList.Build(SourceTypeCoverage.All, CitationStyle.ChicagoAuthorDate, French).BySourceType();

        Assert.Equal("Dépêches et articles de presse", sections.Single(s => s.Type == SourceType.News).Title);
    }

    [Fact]
    public void The_csl_json_export_keeps_english_genres_and_decades_while_a_french_item_has_french_ones()
    {
        var appeal = Source("S29", SourceType.Statement).By("Supreme Council of Armenia").Titled("Appeal").Dated(DateValues.Decade(1990)).Build();

        var english = appeal.ToCslItem();
        var french = appeal.ToCslItem(French);

        Assert.Equal(("Statement", "1990s"), (english.Genre, english.Issued!.Literal));
        Assert.Equal(("Déclaration", "années 1990"), (french.Genre, french.Issued!.Literal));
    }

    [Fact]
    public void Items_without_a_language_are_title_cased_only_in_an_english_brief()
    {
        var report = Source("S16", SourceType.Report).By("Eurasianet").Titled("border villages after the war").Dated(DateValues.Year(2021)).Build();
        var english = report with { Language = "en" };

        Assert.Contains("Border Villages After the War", ReferenceList.Build([report], CitationStyle.ChicagoAuthorDate).Entries[0].Text.PlainText, StringComparison.Ordinal);
        Assert.Contains("border villages after the war", ReferenceList.Build([report], CitationStyle.ChicagoAuthorDate, French).Entries[0].Text.PlainText, StringComparison.Ordinal);
        Assert.Contains("Border Villages After the War", ReferenceList.Build([english], CitationStyle.ChicagoAuthorDate, French).Entries[0].Text.PlainText, StringComparison.Ordinal);
    }

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex LatinLetters();
}
