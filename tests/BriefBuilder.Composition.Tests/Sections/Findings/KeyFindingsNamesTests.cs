using BriefBuilder.Composition.Sections.Findings;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Sections.Findings;

public class KeyFindingsNamesTests
{
    [Fact]
    public void A_voice_is_named_and_counted_once_however_its_name_is_printed()
    {
        // The European Parliament speaks twice: "European Parliament (EP)" at its first use, "EP" after.
        var dossier = new DossierBuilder().Stance("a", "Stance A")
            .Institution("EP", "European Parliament", InstitutionType.Parliament, shortName: "EP")
            .Institution("I02", "Second Body")
            .Institution("I03", "Third Body")
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "EP")
            .Claim("C02", Edtf.On(2023, 10, 2), "a", "I02")
            .Claim("C03", Edtf.On(2023, 10, 3), "a", "EP")
            .Claim("C04", Edtf.On(2023, 10, 4), "a", "I03")
            .Build();
        var context = TestBriefs.Context(dossier);

        var text = ElementQueries.Plain(KeyFindingsSection.Compose(context, new KeyFindingsSpec(Names: 2)).Text());

        Assert.Contains("Stance A: European Parliament (EP), Second Body and 1 more.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_abbreviation_left_out_of_the_names_is_spelled_out_where_it_is_first_printed()
    {
        var dossier = new DossierBuilder().Stance("a", "Stance A")
            .Institution("I01", "First Body")
            .Institution("CFR", "Council on Foreign Relations", InstitutionType.ThinkTank, shortName: "CFR")
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "I01")
            .Claim("C02", Edtf.On(2023, 10, 2), "a", "CFR")
            .Build();
        var context = TestBriefs.Context(dossier);
        KeyFindingsSection.Compose(context, new KeyFindingsSpec(Names: 1));

        Assert.Equal("Council on Foreign Relations (CFR)", BriefBuilder.Composition.Sections.Speakers.InstitutionName(context, dossier.Institutions[1], preferShort: true));
    }
}
