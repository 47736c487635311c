using BriefBuilder.Records;
using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections.Stances;

public class StanceColumnsTests
{
    [Fact]
    public void In_columns_every_claim_appears_once_with_its_anchor()
    {
        var dossier = DossierBuilder.Sample().Build();
        var context = TestBriefs.Context(dossier, TestBriefs.Template(new StanceTablesSpec(Columns: true)));

        var section = StanceTablesSection.Compose(context, new StanceTablesSpec(Columns: true));

        Assert.Equal(dossier.Claims.Select(c => $"claim-{c.Id}").Order(), section.AnchorNames().Where(a => a.StartsWith("claim-", StringComparison.Ordinal)).Order());
        Assert.Equal(2, Assert.Single(section.All<MultiColumn>()).Count);
    }

    [Fact]
    public void Each_stance_s_title_gives_how_many_statements_it_has()
    {
        var dossier = DossierBuilder.Sample().Build();
        var context = TestBriefs.Context(dossier, TestBriefs.Template(new StanceTablesSpec(Columns: true)));

        var text = ElementQueries.Plain(StanceTablesSection.Compose(context, new StanceTablesSpec(Columns: true)).Text());

        Assert.All(dossier.Stances, stance =>
        {
            var count = dossier.Claims.Count(c => c.StanceKey == stance.Key);
            Assert.Contains($"{stance.Label} · {count} statement{(count == 1 ? string.Empty : "s")}", text);
        });
    }

    [Fact]
    public void A_source_every_claim_cites_is_named_once_above_the_columns_instead_of_after_each_entry()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Stance("b", "B").Institution("I01", "One")
            .Source("S01").Source("S02")
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "I01", sources: ["S01"])
            .Claim("C02", Edtf.On(2023, 10, 2), "b", "I01", sources: ["S01", "S02"])
            .Build();
        var context = TestBriefs.Context(dossier, TestBriefs.Template(new StanceTablesSpec(Columns: true)));

        var section = StanceTablesSection.Compose(context, new StanceTablesSpec(Columns: true));

        var links = section.Spans().Where(s => s.Link is InternalLink).Select(s => ((InternalLink)s.Link!).AnchorName).ToList();
        Assert.Equal(["src-S01", "src-S02"], links);
        Assert.Contains("Every statement below is cited to Publisher S01, n.d.", section.Text());
    }

    [Fact]
    public void A_place_in_the_common_source_is_printed_bare_before_any_other_source_so_it_cannot_be_read_as_theirs()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Stance("b", "B").Institution("I01", "One")
            .Source("S01").Source("S02")
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "I01", citations: [new Citation("S01", "para. 9")])
            .Claim("C02", Edtf.On(2023, 10, 2), "b", "I01", citations: [new Citation("S02"), new Citation("S01", "paras. 6–7")])
            .Claim("C03", Edtf.On(2023, 10, 3), "b", "I01", citations: [new Citation("S01")])
            .Build();
        var context = TestBriefs.Context(dossier, TestBriefs.Template(new StanceTablesSpec(Columns: true)));

        var text = ElementQueries.Plain(StanceTablesSection.Compose(context, new StanceTablesSpec(Columns: true)).Text());

        Assert.Contains("Every statement below is cited to Publisher S01, n.d., at the place given after it.", text);
        Assert.Contains("Summary of C01. (para. 9)", text);
        Assert.Contains("Summary of C02. (paras. 6–7; Publisher S02, n.d.)", text);
        Assert.Contains("Summary of C03.\n", text + "\n");
        Assert.DoesNotContain("Publisher S02, n.d., paras.", text);
    }

    [Fact]
    public void Statements_printed_in_their_short_forms_say_so_above_them()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One").Source("S01").Source("S02")
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "I01", sources: ["S01"], shortForm: "Short one.")
            .Claim("C02", Edtf.On(2023, 10, 2), "a", "I01", sources: ["S02"])
            .Build();

        string Text(StatementText text)
        {
            var spec = new StanceTablesSpec(Columns: true, Text: text);
            return ElementQueries.Plain(StanceTablesSection.Compose(TestBriefs.Context(dossier, TestBriefs.Template(spec)), spec).Text());
        }

        Assert.Contains("Each is given in the record’s short form.", Text(StatementText.Short));
        Assert.Contains("Short one.", Text(StatementText.Short));
        Assert.DoesNotContain("short form", Text(StatementText.Full));
    }

    [Fact]
    public void An_abbreviation_is_spelled_out_where_the_brief_first_prints_it_and_used_alone_after()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Stance("b", "B")
            .Institution("I01", "Council on Foreign Relations", InstitutionType.ThinkTank, "CFR")
            .Institution("I02", "United States Department of State", InstitutionType.Government, "State Department")
            .Source("S01").Source("S02")
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "I01", sources: ["S01"])
            .Claim("C02", Edtf.On(2023, 10, 2), "a", "I01", sources: ["S02"])
            .Claim("C03", Edtf.On(2023, 10, 3), "b", "I02", sources: ["S02"])
            .Build();
        var context = TestBriefs.Context(dossier, TestBriefs.Template(new StanceTablesSpec(Columns: true)));

        var text = ElementQueries.Plain(StanceTablesSection.Compose(context, new StanceTablesSpec(Columns: true)).Text());

        Assert.Equal(1, CountOf(text, "Council on Foreign Relations (CFR)"));
        Assert.Equal(2, CountOf(text, "CFR"));

        // A shortened name that is not an abbreviation needs no spelling out.
        Assert.Contains("State Department", text);
        Assert.DoesNotContain("United States Department of State", text);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void Claims_sharing_a_date_show_it_on_a_line_of_its_own_rather_than_in_each_entry()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Stance("b", "B").Institution("I01", "One")
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "I01", displayDate: "undated")
            .Claim("C02", Edtf.On(2023, 10, 1), "a", "I01", displayDate: "undated")
            .Claim("C03", Edtf.On(2023, 10, 9), "a", "I01")
            .Build();
        var context = TestBriefs.Context(dossier, TestBriefs.Template(new StanceTablesSpec(Columns: true)));

        var lines = ElementQueries.Plain(StanceTablesSection.Compose(context, new StanceTablesSpec(Columns: true)).Text()).Split('\n');

        Assert.Contains("One: Summary of C01.", lines);
        Assert.Contains("One: Summary of C02.", lines);
        Assert.Contains("One · 9 October 2023: Summary of C03.", lines);
        Assert.Equal("undated", lines[Array.IndexOf(lines, "One: Summary of C01.") - 1]);
    }

    [Fact]
    public void Short_text_prints_the_curators_short_form_whole_and_the_full_summary_where_there_is_none()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Stance("b", "B").Institution("I01", "One")
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "I01", summary: "Accused the government of ethnic cleansing against the population of the region.", shortForm: "Alleged ethnic cleansing.")
            .Claim("C02", Edtf.On(2023, 10, 2), "a", "I01", summary: "Said the mission found no evidence of violence against civilians since the ceasefire.")
            .Build();
        var context = TestBriefs.Context(dossier, TestBriefs.Template(new StanceTablesSpec(Columns: true)));

        var text = ElementQueries.Plain(StanceTablesSection.Compose(context, new StanceTablesSpec(Columns: true, Text: StatementText.Short)).Text());

        Assert.Contains("Alleged ethnic cleansing.", text);
        Assert.DoesNotContain("Accused the government", text);
        Assert.Contains("Said the mission found no evidence of violence against civilians since the ceasefire.", text);
        Assert.DoesNotContain("…", text);
    }
}
