using BriefBuilder.Composition.Sections.People;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Sections.People;

public class WhosWhoSectionTests
{
    [Fact]
    public void People_are_listed_with_role_institution_country_and_the_pages_of_every_place_of_their_claims()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var section = WhosWhoSection.Compose(context, new WhosWhoSpec());

        var maria = section.All<Table>().First().Rows.Single(r => r.Cells[0].Content.Text() == "Maria Example");
        Assert.Equal(["Maria Example", "Spokeswoman", "Ministry of Foreign Affairs", "XA"], maria.Cells.Take(4).Select(c => c.Content.Text()));
        var pages = Assert.IsType<PageReferences>(maria.Cells[4].Content);
        Assert.Equal(["claim-C03", "claim-C03-stance-tables", "claim-C05", "claim-C05-stance-tables"], pages.Anchors);
        Assert.Equal(context.Styles.Accent, pages.LinkStyle!.Color);
    }

    [Fact]
    public void Institutions_list_the_places_of_their_claims_with_digits_grouped_as_the_language_groups_them()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), language: "fr");

        var institutions = WhosWhoSection.Compose(context, new WhosWhoSpec()).All<Table>().Last();

        var ministry = institutions.Rows.Single(r => r.Cells[0].Content.Text().StartsWith("Ministry of Foreign Affairs", StringComparison.Ordinal));
        var pages = Assert.IsType<PageReferences>(ministry.Cells[3].Content);
        Assert.Equal(["claim-C03", "claim-C03-stance-tables", "claim-C05", "claim-C05-stance-tables"], pages.Anchors);
        Assert.Equal("\u202F", pages.GroupSeparator);
    }

    [Fact]
    public void Only_people_and_institutions_of_the_selected_claims_appear_each_with_an_anchor()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), options: new BriefBuilder.Composition.Filtering.BriefOptions(AsOf: new DateOnly(2023, 10, 1)));

        var anchors = WhosWhoSection.Compose(context, new WhosWhoSpec()).AnchorNames();

        // Only C01 (29 September, P02 for I02) was certainly made by 1 October.
        Assert.Equal(["person-P02", "institution-I02"], anchors.Where(a => !a.StartsWith("section-", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_person_s_row_says_only_what_their_own_record_says()
    {
        var dossier = new DossierBuilder().Stance("a", "A")
            .Institution("I01", "University of Example", InstitutionType.Academic, country: "Exampleland")
            .Institution("I02", "Ministry", InstitutionType.Government, country: "Otherland")
            .Person("P01", "Ann Scholar", "Professor", affiliation: "I01")
            .Person("P02", "Bo Minister", "Minister", institution: "I02", country: "Thirdland")
            .Claim("C01", Edtf.On(2023, 10, 1), "a", null, ["P01"])
            .Claim("C02", Edtf.On(2023, 10, 2), "a", "I02", ["P02"])
            .Build();

        var tables = WhosWhoSection.Compose(TestBriefs.Context(dossier), new WhosWhoSpec()).All<Table>().ToList();
        var people = tables[0];

        // The affiliation identifies her, marked as hers, not as a body she spoke for; no country is borrowed from it.
        Assert.Equal(["Ann Scholar", "Professor", "University of Example (affiliation)", "–"], people.Rows[0].Cells.Take(4).Select(c => c.Content.Text()));
        Assert.Equal(["Bo Minister", "Minister", "Ministry", "Thirdland"], people.Rows[1].Cells.Take(4).Select(c => c.Content.Text()));

        // Only the ministry, which a statement speaks for, is listed among the institutions.
        Assert.Equal(["Ministry"], tables[1].Rows.Select(r => r.Cells[0].Content.Text()));
    }

    [Fact]
    public void Institutions_show_their_type_in_the_brief_s_language()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), language: "fr");

        var institutions = WhosWhoSection.Compose(context, new WhosWhoSpec()).All<Table>().Last();

        Assert.Contains(institutions.Rows, r => r.Cells[0].Content.Text() == "United Nations Refugee Agency (UNHCR)" && r.Cells[1].Content.Text() == "Organisation intergouvernementale");
    }
}
