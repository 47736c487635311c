using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Sections.Stances;

public class StanceTablesSectionTests
{
    [Fact]
    public void Every_claim_appears_once_in_the_table_of_its_stance_in_date_order()
    {
        // C04 ("c. October 2023") starts on 1 October, before C02 (5 October).
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var section = StanceTablesSection.Compose(context, new StanceTablesSpec());

        var tables = section.All<Table>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(["claim-C04-stance-tables", "claim-C02-stance-tables", "claim-C06-stance-tables"], tables[0].AnchorNames());
        Assert.Equal(["claim-C01-stance-tables", "claim-C03-stance-tables", "claim-C05-stance-tables"], tables[1].AnchorNames());
    }

    [Fact]
    public void With_the_common_source_named_once_every_row_still_cites_something_and_never_an_empty_cell()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Source("S01").Source("S02")
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "I01", citations: [new Citation("S01", "para. 9")])
            .Claim("C02", Edtf.On(2023, 10, 2), "a", "I01", citations: [new Citation("S01")])
            .Claim("C03", Edtf.On(2023, 10, 3), "a", "I01", citations: [new Citation("S02"), new Citation("S01", "para. 4")])
            .Build();
        var spec = new StanceTablesSpec(CommonSourceOnce: true);
        var context = TestBriefs.Context(dossier, TestBriefs.Template(spec));

        var section = StanceTablesSection.Compose(context, spec);

        Assert.Contains("Every statement below is cited to Publisher S01, n.d., at the place given after it.", ElementQueries.Plain(section.Text()));
        var cells = section.All<Table>().Single().Rows.Select(r => ElementQueries.Plain(r.Cells[^1].Content.Text())).ToList();
        Assert.Equal(["para. 9", "Publisher S01, n.d.", "para. 4; Publisher S02, n.d."], cells);
    }

    [Fact]
    public void Compact_tables_give_a_role_only_to_a_speaker_no_institution_identifies()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "Foreign Office", shortName: "FO")
            .Person("P01", "Ann Minister", "Minister for Europe", "I01")
            .Person("P02", "Bo Scholar", "Former Prosecutor")
            .Source("S01")
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "I01", ["P01"], ["S01"])
            .Claim("C02", Edtf.On(2023, 10, 2), "a", null, ["P02"], ["S01"])
            .Build();

        string Speakers(bool compact)
        {
            var spec = new StanceTablesSpec(Compact: compact);
            var table = StanceTablesSection.Compose(TestBriefs.Context(dossier, TestBriefs.Template(spec)), spec).All<Table>().Single();
            return string.Join(" | ", table.Rows.Select(r => ElementQueries.Plain(r.Cells[1].Content.Text())));
        }

        Assert.Equal("Ann Minister, Foreign Office (FO) | Bo Scholar, Former Prosecutor", Speakers(compact: true));
        Assert.Equal("Ann Minister, Minister for Europe, Foreign Office (FO) | Bo Scholar, Former Prosecutor", Speakers(compact: false));
    }

    [Fact]
    public void Stances_follow_the_stances_sheet_order_with_label_and_description()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var section = StanceTablesSection.Compose(context, new StanceTablesSpec());

        Assert.Equal(["Recognises forced displacement", "Disputes or withholds the term"], section.Headings(2));
        Assert.Contains("Calls the exodus ethnic cleansing or forced displacement.", section.Text());
    }

    [Fact]
    public void The_header_is_date_speaker_position_sources_and_is_repeated_with_a_continued_caption()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var table = StanceTablesSection.Compose(context, new StanceTablesSpec()).All<Table>().First();

        var header = Assert.Single(table.HeaderRows);
        Assert.Equal(["Date", "Speaker", "Position", "Sources"], header.Cells.Select(c => c.Content.Text()));
        Assert.All(header.Cells, c => Assert.Equal(HeaderScope.Column, c.Scope));
        Assert.Equal("Recognises forced displacement (continued)", table.ContinuedCaption!.Text());
        Assert.IsType<FixedWidth>(table.Columns[0]);
    }

    [Fact]
    public void Quotes_are_shown_in_italics_when_the_template_asks()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var withQuotes = StanceTablesSection.Compose(context, new StanceTablesSpec(Quotes: true));
        var without = StanceTablesSection.Compose(context, new StanceTablesSpec(Quotes: false));

        var quote = Assert.Single(withQuotes.Spans(), s => s.Text == "“This is ethnic cleansing.”");
        Assert.True(quote.Style.Italic);
        Assert.DoesNotContain(without.Spans(), s => s.Text.Contains("This is ethnic cleansing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_lists_speaker_role_and_short_institution_and_links_its_sources()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var row = StanceTablesSection.Compose(context, new StanceTablesSpec()).All<Table>().Last().Rows[0];

        Assert.Equal(
            ["29 September 2023", "Kofi Sample, Representative, UNHCR", "Summary of C01.", "UNHCR 2023"],
            row.Cells.Select(c => ElementQueries.Plain(c.Content.Text())));
        Assert.Equal(new InternalLink("src-S01"), row.Cells[3].Content.Spans().Single(s => s.Link is not null).Link);
    }

    [Theory]
    [InlineData("en", "UNHCR 2023, paras. 6–7")]
    [InlineData("fr", "UNHCR 2023, paragr. 6–7")]
    [InlineData("hy", "UNHCR 2023, պարբ. 6–7")]
    public void A_locator_s_label_is_in_the_brief_s_language(string language, string sources)
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "Agency")
            .Source("S01", "Statement", Edtf.On(2023, 9, 29), author: "UNHCR")
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "I01", sources: ["S01"], locator: "para. 6–7")
            .Build();

        var row = StanceTablesSection.Compose(TestBriefs.Context(dossier, language: language), new StanceTablesSpec()).All<Table>().Single().Rows[0];

        Assert.Equal(sources, ElementQueries.Plain(row.Cells[3].Content.Text()));
    }

    [Fact]
    public void Each_locator_follows_its_own_source()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "Agency")
            .Source("S01", "Article", Edtf.On(2024, 4, 15), author: "Demirdjian, Z. S. Andrew")
            .Source("S02", "Opinion", Edtf.On(2023, 10, 20), author: "Bagheri, Saeed")
            .Claim("C01", Edtf.On(2023, 10, 20), "a", "I01", citations: [new Citation("S01", "para. 6–7"), new Citation("S02")])
            .Claim("C02", Edtf.On(2023, 10, 21), "a", "I01", citations: [new Citation("S02", "p. 3"), new Citation("S01")])
            .Build();

        var rows = StanceTablesSection.Compose(TestBriefs.Context(dossier), new StanceTablesSpec()).All<Table>().Single().Rows;

        Assert.Equal("Demirdjian 2024, paras. 6–7; Bagheri 2023", ElementQueries.Plain(rows[0].Cells[3].Content.Text()));
        Assert.Equal("Bagheri 2023, p. 3; Demirdjian 2024", ElementQueries.Plain(rows[1].Cells[3].Content.Text()));
    }

    [Fact]
    public void Every_statement_is_cited_to_every_source_even_one_published_after_the_as_of_date()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "Agency")
            .Source("S01", "Late report", Edtf.On(2024, 1, 12), author: "Council of Europe")
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "I01", sources: ["S01"])
            .Build();
        var context = TestBriefs.Context(dossier, options: new BriefOptions(AsOf: new DateOnly(2023, 10, 31)));

        var row = StanceTablesSection.Compose(context, new StanceTablesSpec()).All<Table>().Single().Rows[0];

        Assert.Equal("Council of Europe 2024", ElementQueries.Plain(row.Cells[3].Content.Text()));
    }

    [Fact]
    public void A_stance_without_claims_says_so_instead_of_an_empty_table()
    {
        var dossier = DossierBuilder.Sample().Stance("third", "Third stance").Build();

        var section = StanceTablesSection.Compose(TestBriefs.Context(dossier), new StanceTablesSpec());

        Assert.Equal(2, section.All<Table>().Count());
        Assert.Contains("No statement of this stance is included.", section.Text());
    }

    [Fact]
    public void The_overview_counts_each_institution_s_statements_per_stance_most_active_first()
    {
        // Every institution made two statements here, so they keep workbook order.
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var overview = StanceTablesSection.Compose(context, new StanceTablesSpec(Overview: true)).All<Table>().First();

        var rows = overview.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Content.Text()))).ToList();
        Assert.Equal(
            ["Ministry of Foreign Affairs|–|2|2", "United Nations Refugee Agency|1|1|2", "European Parliament|2|–|2"],
            rows);
    }

    [Fact]
    public void A_statement_made_in_a_personal_capacity_names_the_speaker_and_role_and_counts_for_no_institution()
    {
        var dossier = DossierBuilder.Sample()
            .Person("P04", "Rosa Private", "Former judge")
            .Claim("C07", Edtf.On(2024, 5, 1), "recognises", null, ["P04"], ["S04"])
            .Build();
        var context = TestBriefs.Context(dossier);

        var section = StanceTablesSection.Compose(context, new StanceTablesSpec(Overview: true));

        var row = section.All<Table>().SelectMany(t => t.Rows).Single(r => r.Cells.Any(c => c.Content.Text().Contains("Rosa Private", StringComparison.Ordinal)));
        Assert.Equal("Rosa Private, Former judge", row.Cells[1].Content.Text());
        var overview = section.All<Table>().First();
        Assert.Equal(6, overview.Rows.Sum(r => int.Parse(r.Cells[^1].Content.Text(), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_date_column_is_wide_enough_that_no_date_breaks_inside()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var table = StanceTablesSection.Compose(context, new StanceTablesSpec()).All<Table>().Last();

        var width = Assert.IsType<FixedWidth>(table.Columns[0]).Points - 8;
        Assert.True(width >= context.Widths.Of("29 September 2023", context.Styles.Label), $"{width} pt");
    }

    [Fact]
    public void A_role_that_names_the_institution_is_not_followed_by_it_again()
    {
        var dossier = new DossierBuilder().Stance("a", "A")
            .Institution("I01", "Ministry of Foreign Affairs of the Republic", shortName: "MFA")
            .Person("P01", "Ann Example", "Spokesperson of the Ministry of Foreign Affairs of the Republic", "I01")
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "I01", ["P01"])
            .Build();

        var row = StanceTablesSection.Compose(TestBriefs.Context(dossier), new StanceTablesSpec()).All<Table>().Single().Rows[0];

        Assert.Equal("Ann Example, Spokesperson of the Ministry of Foreign Affairs of the Republic", row.Cells[1].Content.Text());
    }
}
