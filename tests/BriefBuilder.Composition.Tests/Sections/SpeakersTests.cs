using BriefBuilder.Composition.Sections;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Sections;

public class SpeakersTests
{
    [Theory]
    [InlineData(SpeakerRole.Never)]
    [InlineData(SpeakerRole.WithoutInstitution)]
    [InlineData(SpeakerRole.Always)]
    public void An_affiliation_is_set_apart_from_a_body_spoken_for(SpeakerRole roles)
    {
        var dossier = new DossierBuilder().Stance("a", "A")
            .Institution("U01", "University of Reading", InstitutionType.Academic)
            .Institution("G01", "European Council", shortName: "EUCO")
            .Person("P01", "Saeed Bagheri", affiliation: "U01")
            .Person("P02", "Charles Michel", institution: "G01")
            .Claim("C01", Edtf.On(2023, 10, 20), "a", null, speakers: ["P01"])
            .Claim("C02", Edtf.On(2023, 10, 3), "a", "G01", speakers: ["P02"])
            .Build();
        var context = TestBriefs.Context(dossier);

        string Line(string id) => string.Concat(Speakers.Spans(context, dossier.Claims.Single(c => c.Id == id), context.Styles.Bold, context.Styles.Body, shortInstitution: true, roles).Select(s => s.Text));

        Assert.Equal("Saeed Bagheri (University of Reading)", Line("C01"));
        Assert.Equal("Charles Michel, European Council (EUCO)", Line("C02"));
    }

    [Fact]
    public void A_role_that_names_the_affiliation_is_not_followed_by_it_again()
    {
        var dossier = new DossierBuilder().Stance("a", "A")
            .Institution("U01", "Yale Law School", InstitutionType.Academic)
            .Person("P01", "James Silk", role: "Professor, Yale Law School", affiliation: "U01")
            .Claim("C01", Edtf.On(2023, 10, 20), "a", null, speakers: ["P01"])
            .Build();
        var context = TestBriefs.Context(dossier);

        var spans = Speakers.Spans(context, dossier.Claims[0], context.Styles.Bold, context.Styles.Body);

        Assert.Equal("James Silk, Professor, Yale Law School", string.Concat(spans.Select(s => s.Text)));
    }
}
