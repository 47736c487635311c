using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections.Stances;

public class InstitutionOverviewTests
{
    [Fact]
    public void The_table_says_it_is_continued_on_the_pages_it_runs_onto()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var table = InstitutionOverview.Compose(context);

        Assert.Equal("Institutions by stance (continued)", table.ContinuedCaption!.Text());
    }

    [Fact]
    public void Rows_count_each_institution_s_statements_by_stance_ignoring_case_the_most_first_and_ties_in_the_list_s_order()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Stance("b", "B")
            .Institution("I01", "One").Institution("I02", "Two").Institution("I03", "Three").Institution("I04", "Four")
            .Claim("C01", Edtf.On(2023, 9, 19), "a", "I01")
            .Claim("C02", Edtf.On(2023, 9, 20), "a", "i02")
            .Claim("C03", Edtf.On(2023, 9, 21), "B", "I02")
            .Claim("C04", Edtf.On(2023, 9, 22), "b", "I03")
            .Claim("C05", Edtf.On(2023, 9, 23), "a", "I02")
            .Build();

        var table = InstitutionOverview.Compose(TestBriefs.Context(dossier));

        // Name, then a count per stance (a dash for none), then the total; Four has no statements and no row.
        Assert.Equal(
            [["Two", "2", "1", "3"], ["One", "1", "–", "1"], ["Three", "–", "1", "1"]],
            table.Rows.Select(r => r.Cells.Select(c => c.Content.Text()).ToArray()).ToArray());
    }
}
