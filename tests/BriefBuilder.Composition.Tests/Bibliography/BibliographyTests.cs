using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Tests.Bibliography.Oracle;
using BriefBuilder.Composition.Tests.Bibliography.TestSources;
using BriefBuilder.Dates;
using BriefBuilder.Records;
using static BriefBuilder.Composition.Tests.Bibliography.TestSources.SourceBuilder;

namespace BriefBuilder.Composition.Tests.Bibliography;

public sealed class BibliographyTests
{
    private static readonly Source Ceasefire = Source("S01", SourceType.News).By("Bagheri, Leila")
        .Titled("Ceasefire holds in the south").In("The Guardian").Dated(DateValues.Day(2023, 10, 5)).At("https://example.org/ceasefire");

    private static readonly Source Refugees = Source("S02", SourceType.News).By("Bagheri, Leila")
        .Titled("Refugees find shelter in Goris").In("The Guardian").Dated(DateValues.Day(2023, 11, 14));

    [Fact]
    public void A_source_cited_twice_is_listed_once()
    {
        var bibliography = ReferenceList.Build([Ceasefire, Ceasefire with { Id = "s01" }], CitationStyle.ChicagoAuthorDate);

        Assert.Single(bibliography.Entries);
    }

    [Theory]
    [InlineData("S01", "src-S01")]
    [InlineData("S 01/ä", "src-S-01--")]
    public void Anchors_are_made_from_the_source_id(string id, string anchor)
    {
        Assert.Equal(anchor, Anchors.ForSource(id));
        Assert.Equal(anchor, ReferenceList.Build([Ceasefire with { Id = id }], CitationStyle.Apa7).Entries[0].Anchor);
    }

    [Fact]
    public void Each_entry_lists_the_claims_and_events_that_cite_it()
    {
        var sources = new[] { Ceasefire, Refugees }.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        var claims = new[] { Claim("C1", "S01", "S02"), Claim("C2", "s01") };
        var events = new[] { Event("E1", "S02", "S99") };

        var bibliography = ReferenceList.ForRecords(claims, events, id => sources.GetValueOrDefault(id), CitationStyle.ChicagoAuthorDate);

        Assert.Equal(2, bibliography.Entries.Count);
        Assert.Equal([new CitingRecord(RecordKind.Claim, "C1"), new CitingRecord(RecordKind.Claim, "C2")], bibliography.Find("S01")!.CitedBy);
        Assert.Equal([new CitingRecord(RecordKind.Claim, "C1"), new CitingRecord(RecordKind.Event, "E1")], bibliography.Find("S02")!.CitedBy);
    }

    [Fact]
    public void Sections_follow_the_source_types_and_keep_the_reference_list_order()
    {
        var bibliography = ReferenceList.Build(SourceTypeCoverage.All, CitationStyle.ChicagoAuthorDate);

        var sections = bibliography.BySourceType();

        Assert.Equal(Enum.GetValues<SourceType>(), sections.Select(s => s.Type));
        Assert.Equal("News reports", sections[1].Title);
        var news = bibliography.Entries.Where(e => e.Source.Type == SourceType.News).ToList();
        Assert.Equal(news, sections[1].Entries);
    }

    [Fact]
    public void Works_of_one_author_and_year_get_letters_in_Chicago_title_order_and_APA_date_order()
    {
        var zebra = Ceasefire with { Id = "Z", Title = "Zebra crossings return", Date = DateValues.Day(2023, 1, 10) };
        var apple = Ceasefire with { Id = "A", Title = "Apple harvest in Syunik", Date = DateValues.Day(2023, 12, 1) };

        var chicago = ReferenceList.Build([zebra, apple], CitationStyle.ChicagoAuthorDate);
        var apa = ReferenceList.Build([zebra, apple], CitationStyle.Apa7);

        Assert.Equal(["A", "Z"], chicago.Entries.Select(e => e.Source.Id));
        Assert.Equal("(Bagheri 2023a)", chicago.Find("A")!.Citation.PlainText);
        Assert.StartsWith("Bagheri, Leila. 2023a. “Apple Harvest in Syunik.”", chicago.Find("A")!.Text.PlainText, StringComparison.Ordinal);
        Assert.Equal(["Z", "A"], apa.Entries.Select(e => e.Source.Id));
        Assert.Equal("(Bagheri, 2023a)", apa.Find("Z")!.Citation.PlainText);
        Assert.StartsWith("Bagheri, L. (2023a, January 10). Zebra crossings return.", apa.Find("Z")!.Text.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Undated_works_follow_dated_ones_in_Chicago_and_precede_them_in_APA()
    {
        var undated = Refugees with { Id = "ND", Date = null };

        Assert.Equal(["S01", "ND"], ReferenceList.Build([undated, Ceasefire], CitationStyle.ChicagoAuthorDate).Entries.Select(e => e.Source.Id));
        Assert.Equal(["ND", "S01"], ReferenceList.Build([undated, Ceasefire], CitationStyle.Apa7).Entries.Select(e => e.Source.Id));
    }

    [Theory]
    [InlineData(CitationStyle.ChicagoAuthorDate)]
    [InlineData(CitationStyle.Apa7)]
    public void A_leading_article_is_ignored_when_sorting(CitationStyle style)
    {
        var sources = new Source[]
        {
            Source("K", SourceType.Report).By("Kucera, Joshua").Titled("Border villages").Dated(DateValues.Year(2021)),
            Source("J", SourceType.Report).By("The Jamestown Foundation").Titled("Lachin corridor").Dated(DateValues.Year(2022)),
            Source("H", SourceType.Report).By("Human Rights Watch").Titled("Azerbaijan").Dated(DateValues.Year(2020)),
            Source("T", SourceType.Report).Titled("The Iran question").Dated(DateValues.Year(2019)),
        };

        Assert.Equal(["H", "T", "J", "K"], ReferenceList.Build(sources, style).Entries.Select(e => e.Source.Id));
    }

    [Fact]
    public void An_unpublished_interview_is_listed_like_a_published_one()
    {
        var interview = Source("S21", SourceType.Interview).By("Grigoryan, Anna").Titled("Interview by the author in Yerevan")
            .Dated(DateValues.Day(2024, 2, 10)).Build();

        Assert.Equal(
            "Grigoryan, Anna. 2024. “Interview by the Author in Yerevan.” February 10.",
            ReferenceList.Build([interview], CitationStyle.ChicagoAuthorDate).Entries[0].Text.PlainText);
        Assert.Equal(
            "Grigoryan, A. (2024, February 10). *Interview by the author in Yerevan* [Interview].",
            Marks.Of(ReferenceList.Build([interview], CitationStyle.Apa7).Entries[0].Text));
    }

    [Fact]
    public void Titles_are_italic_runs_and_urls_are_link_runs()
    {
        var book = Source("S09", SourceType.Book).By("de Waal, Thomas").Titled("Black garden").PublishedBy("NYU Press")
            .Dated(DateValues.Year(2013)).At("https://example.org/black-garden").Build();

        var runs = ReferenceList.Build([book], CitationStyle.ChicagoAuthorDate).Entries[0].Text.Runs;

        Assert.Contains(runs, r => r.Italic && r.Text == "Black Garden");
        Assert.Contains(runs, r => r.Url == "https://example.org/black-garden" && r.Text == r.Url);
        Assert.Equal("Waal, Thomas de. 2013. Black Garden. NYU Press. https://example.org/black-garden.", string.Concat(runs.Select(r => r.Text)));
    }

    [Fact]
    public void Formatting_one_source_alone_adds_no_letters()
    {
        var style = BibliographyStyles.For(CitationStyle.ChicagoAuthorDate);

        Assert.Equal(
            "Bagheri, Leila. 2023. “Ceasefire Holds in the South.” The Guardian, October 5. https://example.org/ceasefire.",
            style.Format(Ceasefire).PlainText);
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(1, "a")]
    [InlineData(26, "z")]
    [InlineData(27, "aa")]
    public void Year_suffixes_run_past_z(int suffix, string letters)
    {
        Assert.Equal(letters, (Disambiguation.None with { YearSuffix = suffix }).YearSuffixLetters);
    }

    private static Claim Claim(string id, params string[] sourceIds) => new(
        id, DateValues.Day(2023, 10, 1), null, null, [], "I1", "neutral", "Summary", null, null, [.. sourceIds.Select(s => new Citation(s))], [], false, ClaimStatus.Verified, null, null, RecordOrigin.None);

    private static Event Event(string id, params string[] sourceIds) => new(
        id, DateValues.Day(2023, 10, 1), "Title", null, [.. sourceIds.Select(s => new Citation(s))], [], RecordOrigin.None);
}
