using BriefBuilder.Composition.Sections;
using BriefBuilder.Composition.Sections.People;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections.People;

public class WhosWhoSectionTests
{
    [Fact]
    public void People_are_listed_with_role_institution_country_and_linked_pages()
    {
        var pages = new PageMap(new Dictionary<string, int>
        {
            ["claim-C03"] = 4,
            ["claim-C05"] = 5,
            ["claim-C03-stance-tables"] = 7,
            ["claim-C05-stance-tables"] = 7,
        });
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), pages: pages);

        var section = WhosWhoSection.Compose(context, new WhosWhoSpec());

        var maria = section.All<Table>().First().Rows.Single(r => r.Cells[0].Content.Text() == "Maria Example");
        Assert.Equal(["Maria Example", "Spokeswoman", "Ministry of Foreign Affairs", "XA", "4, 5, 7"], maria.Cells.Select(c => c.Content.Text()));
        var links = maria.Cells[4].Content.Spans().Where(s => s.Link is not null).Select(s => ((InternalLink)s.Link!).AnchorName);
        Assert.Equal(["claim-C03", "claim-C05", "claim-C03-stance-tables"], links);
    }

    [Fact]
    public void Three_or_more_consecutive_pages_read_as_a_range_linked_to_its_first_page()
    {
        var pages = new PageMap(new Dictionary<string, int>
        {
            ["claim-C03"] = 3,
            ["claim-C05"] = 4,
            ["claim-C03-stance-tables"] = 5,
            ["claim-C05-stance-tables"] = 9,
        });
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), pages: pages);

        var section = WhosWhoSection.Compose(context, new WhosWhoSpec());

        var maria = section.All<Table>().First().Rows.Single(r => r.Cells[0].Content.Text() == "Maria Example");
        Assert.Equal("3–5, 9", maria.Cells[4].Content.Text());
        var links = maria.Cells[4].Content.Spans().Where(s => s.Link is not null).Select(s => ((InternalLink)s.Link!).AnchorName);
        Assert.Equal(["claim-C03", "claim-C05-stance-tables"], links);
    }

    [Fact]
    public void Only_people_and_institutions_of_the_selected_claims_appear_each_with_an_anchor()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), options: new BriefBuilder.Composition.Filtering.BriefOptions(AsOf: new DateOnly(2023, 10, 1)));

        var anchors = WhosWhoSection.Compose(context, new WhosWhoSpec()).AnchorNames();

        Assert.Equal(["person-P02", "institution-I02", "institution-I03"], anchors.Where(a => !a.StartsWith("section-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Institutions_show_their_type_in_the_brief_s_language()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), language: "fr");

        var institutions = WhosWhoSection.Compose(context, new WhosWhoSpec()).All<Table>().Last();

        Assert.Contains(institutions.Rows, r => r.Cells[0].Content.Text() == "United Nations Refugee Agency (UNHCR)" && r.Cells[1].Content.Text() == "Organisation intergouvernementale");
    }

    [Fact]
    public void Before_the_first_layout_pages_are_shown_as_a_dash()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var people = WhosWhoSection.Compose(context, new WhosWhoSpec()).All<Table>().First();

        Assert.All(people.Rows, r => Assert.Equal("–", r.Cells[4].Content.Text()));
    }
}
