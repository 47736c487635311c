using System.Text;
using System.Text.Json;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Tests.Bibliography.TestSources;
using BriefBuilder.Dates;
using BriefBuilder.Records;
using static BriefBuilder.Composition.Tests.Bibliography.TestSources.SourceBuilder;

namespace BriefBuilder.Composition.Tests.Bibliography;

public sealed class CslJsonWriterTests
{
    [Theory]
    [InlineData(SourceType.News, "article-newspaper", null)]
    [InlineData(SourceType.Statement, "document", "Statement")]
    [InlineData(SourceType.PressBriefing, "speech", "Press briefing")]
    [InlineData(SourceType.Report, "report", null)]
    [InlineData(SourceType.Resolution, "document", "Resolution")]
    [InlineData(SourceType.Interview, "interview", null)]
    [InlineData(SourceType.Book, "book", null)]
    [InlineData(SourceType.Web, "webpage", null)]
    [InlineData(SourceType.Social, "post", null)]
    public void Each_source_type_has_its_CSL_type_and_genre(SourceType type, string cslType, string? genre)
    {
        var item = Item(Source("S1", type).Titled("A title"));

        Assert.Equal(cslType, item.GetProperty("type").GetString());
        Assert.Equal(genre, item.TryGetProperty("genre", out var g) ? g.GetString() : null);
    }

    [Fact]
    public void An_article_in_a_journal_is_article_journal_and_one_on_its_own_is_article()
    {
        Assert.Equal("article-journal", Item(Source("S1", SourceType.Article).In("Caucasus Survey")).GetProperty("type").GetString());
        Assert.Equal("article", Item(Source("S1", SourceType.Article).PublishedBy("Chatham House")).GetProperty("type").GetString());
    }

    [Fact]
    public void A_report_series_is_a_collection_title_and_a_newspaper_a_container_title()
    {
        var report = Item(Source("S1", SourceType.Report).In("Europe Report"));
        var news = Item(Source("S2", SourceType.News).In("The Guardian"));

        Assert.Equal("Europe Report", report.GetProperty("collection-title").GetString());
        Assert.False(report.TryGetProperty("container-title", out _));
        Assert.Equal("The Guardian", news.GetProperty("container-title").GetString());
    }

    [Fact]
    public void A_person_is_split_into_family_given_and_particle_and_an_organisation_is_a_literal()
    {
        var authors = Item(Source("S1", SourceType.Book).By("de Waal, Thomas", "International Crisis Group")).GetProperty("author");

        Assert.Equal("Waal", authors[0].GetProperty("family").GetString());
        Assert.Equal("Thomas", authors[0].GetProperty("given").GetString());
        Assert.Equal("de", authors[0].GetProperty("non-dropping-particle").GetString());
        Assert.Equal("International Crisis Group", authors[1].GetProperty("literal").GetString());
    }

    [Fact]
    public void Dates_keep_their_precision_in_date_parts()
    {
        Assert.Equal("[[2023,10,5]]", DateParts(DateValues.Day(2023, 10, 5)));
        Assert.Equal("[[2023,6]]", DateParts(DateValues.Month(2023, 6)));
        Assert.Equal("[[2013]]", DateParts(DateValues.Year(2013)));
        Assert.Equal("[[2021,3,4],[2021,3,6]]", DateParts(DateValues.Between(DateValues.Day(2021, 3, 4), DateValues.Day(2021, 3, 6))));
    }

    [Fact]
    public void An_interval_still_open_keeps_only_its_start()
    {
        Assert.Equal("[[2023,9]]", DateParts(DateValues.From(DateValues.Month(2023, 9))));
    }

    [Fact]
    public void A_season_is_written_with_CSL_season_numbers()
    {
        var issued = Item(Source("S1", SourceType.Article).Dated(DateValues.Season(2022, Season.Autumn))).GetProperty("issued");

        Assert.Equal("[[2022]]", Compact(issued.GetProperty("date-parts")));
        Assert.Equal(3, issued.GetProperty("season").GetInt32());
    }

    [Theory]
    [InlineData(DateQualifiers.Approximate)]
    [InlineData(DateQualifiers.Uncertain)]
    public void Approximate_and_uncertain_dates_are_circa(DateQualifiers qualifiers)
    {
        var issued = Item(Source("S1", SourceType.Article).Dated(DateValues.Year(2023, qualifiers))).GetProperty("issued");

        Assert.True(issued.GetProperty("circa").GetBoolean());
    }

    [Fact]
    public void A_date_csl_cannot_say_whole_keeps_its_edtf_text_as_raw_beside_its_date_parts()
    {
        var open = Item(Source("S1", SourceType.Report).Dated(Builders.Edtf.From(Builders.Edtf.Day(2023, 10, 1)))).GetProperty("issued");
        var exact = Item(Source("S1", SourceType.Report).Dated(Builders.Edtf.On(2023, 10, 1))).GetProperty("issued");

        Assert.Equal("2023-10-01/..", open.GetProperty("raw").GetString());
        Assert.Equal("[[2023,10,1]]", Compact(open.GetProperty("date-parts")));
        Assert.False(exact.TryGetProperty("raw", out _));
    }

    [Fact]
    public void A_document_s_genre_is_also_a_note_line_for_reference_managers_but_not_for_citeproc()
    {
        var source = Source("S1", SourceType.Resolution).Titled("Joint motion");
        using var items = new MemoryStream();
        CslJsonWriter.Write([source.Build().ToCslItem()], items);

        Assert.Equal("genre: Resolution", Item(source).GetProperty("note").GetString());
        Assert.False(JsonDocument.Parse(items.ToArray()).RootElement[0].TryGetProperty("note", out _));
    }

    [Fact]
    public void A_decade_is_a_literal_date()
    {
        var issued = Item(Source("S1", SourceType.Report).Dated(DateValues.Decade(1990))).GetProperty("issued");

        Assert.Equal("1990s", issued.GetProperty("literal").GetString());
    }

    [Fact]
    public void An_archived_copy_goes_in_the_note_and_stands_in_for_a_missing_url()
    {
        var both = Item(Source("S1", SourceType.Web).At("https://example.org/a").ArchivedAt("https://web.archive.org/a"));
        var archivedOnly = Item(Source("S2", SourceType.Web).ArchivedAt("https://web.archive.org/b"));

        Assert.Equal("https://example.org/a", both.GetProperty("URL").GetString());
        Assert.Equal("Archived at https://web.archive.org/a", both.GetProperty("note").GetString());
        Assert.Equal("https://web.archive.org/b", archivedOnly.GetProperty("URL").GetString());
        Assert.False(archivedOnly.TryGetProperty("note", out _));
    }

    [Fact]
    public void Keys_come_in_one_fixed_order()
    {
        var item = Item(Source("S1", SourceType.Statement).By("Ministry of Foreign Affairs of Armenia").Titled("Statement")
            .In("Press releases").PublishedBy("Ministry").Dated(DateValues.Day(2023, 9, 20)).Accessed(DateValues.Day(2024, 1, 15))
            .At("https://www.mfa.am/a").ArchivedAt("https://web.archive.org/a").InLanguage("en"));

        Assert.Equal(
            ["id", "type", "genre", "author", "title", "container-title", "publisher", "issued", "accessed", "URL", "note", "language"],
            item.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void The_same_sources_give_the_same_bytes()
    {
        Assert.Equal(Bytes(SourceTypeCoverage.All), Bytes(SourceTypeCoverage.All));
    }

    [Fact]
    public void Armenian_and_Cyrillic_text_is_written_as_itself()
    {
        var json = Encoding.UTF8.GetString(Bytes([Source("S1", SourceType.News).By("Պետրոսյան, Արամ").Titled("Заявление")]));

        Assert.Contains("\"family\": \"Պետրոսյան\"", json, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"Заявление\"", json, StringComparison.Ordinal);
    }

    private static JsonElement Item(Source source)
    {
        using var document = JsonDocument.Parse(Bytes([source]));
        return document.RootElement[0].Clone();
    }

    private static string DateParts(DateValue date) =>
        Compact(Item(Source("S1", SourceType.News).Dated(date)).GetProperty("issued").GetProperty("date-parts"));

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    private static byte[] Bytes(IEnumerable<Source> sources)
    {
        using var stream = new MemoryStream();
        CslJsonWriter.Write(sources, stream);
        return stream.ToArray();
    }
}
