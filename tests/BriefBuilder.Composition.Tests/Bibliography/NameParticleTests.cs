using System.Text.RegularExpressions;
using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Tests.Bibliography.TestSources;
using BriefBuilder.Records;
using static BriefBuilder.Composition.Tests.Bibliography.TestSources.SourceBuilder;

namespace BriefBuilder.Composition.Tests.Bibliography;

/// <summary>Name particles placed as `pandoc --citeproc` places them with the official Chicago author-date and APA
/// styles (run by hand on these four names; the oracle suite compares whole entries).</summary>
public sealed class NameParticleTests
{
    private static readonly Source[] Sources =
    [
        Source("S1", SourceType.Article).By("al-Rashīd, Ahmad").Titled("On the exodus").In("Journal").Dated(DateValues.Year(2023)),
        Source("S2", SourceType.Article).By("de la Cruz, Juan").Titled("Second").In("Journal").Dated(DateValues.Year(2022)),
        Source("S3", SourceType.Article).By("Humboldt, Alexander von").Titled("Third").In("Journal").Dated(DateValues.Year(2021)),
        Source("S4", SourceType.Article).By("van der Berg, Anna").Titled("Fourth").In("Journal").Dated(DateValues.Year(2020)),
    ];

    [Theory]
    [InlineData("al-Rashīd, Ahmad", "Rashīd", "Ahmad", "al-", null)]
    [InlineData("d’Alembert, Jean", "Alembert", "Jean", "d’", null)]
    [InlineData("de la Cruz, Juan", "Cruz", "Juan", "de la", null)]
    [InlineData("Humboldt, Alexander von", "Humboldt", "Alexander", null, "von")]
    [InlineData("hooks, bell", "hooks", "bell", null, null)]
    [InlineData("Al-Amin, Sara", "Al-Amin", "Sara", null, null)]
    public void Particles_are_read_apart_from_the_names(string written, string family, string given, string? particle, string? dropping)
    {
        var name = Assert.IsType<PersonName>(Contributor.Parse(written));

        Assert.Equal(new PersonName(family, given, particle, dropping), name);
        Assert.Equal(written, name.ToString());
    }

    [Fact]
    public void Chicago_demotes_particles_after_the_given_name_and_sorts_by_the_family_name()
    {
        var list = ReferenceList.Build(Sources, CitationStyle.ChicagoAuthorDate);

        Assert.Equal(
            ["Berg, Anna van der. 2020.", "Cruz, Juan de la. 2022.", "Humboldt, Alexander von. 2021.", "Rashīd, Ahmad al-. 2023."],
            list.Entries.Select(e => Regex.Match(e.Text.PlainText, @"^.*?\d{4}\.").Value));
        Assert.Equal(["(al-Rashīd 2023)", "(de la Cruz 2022)", "(Humboldt 2021)", "(van der Berg 2020)"], Sources.Select(s => list.Find(s.Id)!.Citation.PlainText));
    }

    [Fact]
    public void Apa_keeps_a_non_dropping_particle_with_the_family_name()
    {
        var list = ReferenceList.Build(Sources, CitationStyle.Apa7);

        Assert.Equal(
            ["al-Rashīd, A. (2023).", "de la Cruz, J. (2022).", "Humboldt, A. von. (2021).", "van der Berg, A. (2020)."],
            list.Entries.Select(e => Regex.Match(e.Text.PlainText, @"^.*?\)\.").Value));
        Assert.Equal(["(al-Rashīd, 2023)", "(de la Cruz, 2022)", "(Humboldt, 2021)", "(van der Berg, 2020)"], Sources.Select(s => list.Find(s.Id)!.Citation.PlainText));
    }

    [Fact]
    public void Csl_json_carries_both_kinds_of_particle()
    {
        var al = CslName.From(Contributor.Parse("al-Rashīd, Ahmad"));
        var von = CslName.From(Contributor.Parse("Humboldt, Alexander von"));

        Assert.Equal(("Rashīd", "Ahmad", "al-", (string?)null), (al.Family, al.Given, al.Particle, al.DroppingParticle));
        Assert.Equal(("Humboldt", "Alexander", (string?)null, "von"), (von.Family, von.Given, von.Particle, von.DroppingParticle));
    }
}
