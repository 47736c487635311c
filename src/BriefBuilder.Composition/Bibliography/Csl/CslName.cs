using BriefBuilder.Records;

namespace BriefBuilder.Composition.Bibliography.Csl;

/// <summary>A CSL-JSON name: a person as family, given, non-dropping particle ("de" in "de Waal") and dropping particle
/// ("von" in "Humboldt, Alexander von"), or an organisation as a literal.</summary>
public sealed record CslName(string? Family, string? Given, string? Particle, string? Literal, string? DroppingParticle = null)
{
    public bool IsOrganization => Literal is not null;

    /// <summary>The family name with its non-dropping particle: "de Waal", "al-Rashīd".</summary>
    public string FamilyWithParticle => Particle is null ? Family! : PersonName.Join(Particle, Family!);

    /// <summary>Maps a workbook author, its particles as the model read them.</summary>
    public static CslName From(Contributor contributor) => contributor switch
    {
        PersonName person => new CslName(
            person.Family.Trim(),
            string.IsNullOrWhiteSpace(person.Given) ? null : person.Given.Trim(),
            person.Particle,
            null,
            person.DroppingParticle),
        OrganizationName organization => new CslName(null, null, null, organization.Name.Trim()),
        _ => throw new ArgumentOutOfRangeException(nameof(contributor), contributor, "Unknown kind of contributor."),
    };
}
