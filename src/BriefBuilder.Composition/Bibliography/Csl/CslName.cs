using BriefBuilder.Records;

namespace BriefBuilder.Composition.Bibliography.Csl;

/// <summary>A CSL-JSON name: a person as family, given and non-dropping particle ("de" in "de Waal"), or an organisation as a literal.</summary>
public sealed record CslName(string? Family, string? Given, string? Particle, string? Literal)
{
    public bool IsOrganization => Literal is not null;

    /// <summary>Maps a workbook author; a family name's leading lower-case words become its particle, as CSL-M and citeproc read them.</summary>
    public static CslName From(Contributor contributor) => contributor switch
    {
        PersonName person => FromPerson(person),
        OrganizationName organization => new CslName(null, null, null, organization.Name.Trim()),
        _ => throw new ArgumentOutOfRangeException(nameof(contributor), contributor, "Unknown kind of contributor."),
    };

    private static CslName FromPerson(PersonName person)
    {
        var given = string.IsNullOrWhiteSpace(person.Given) ? null : person.Given.Trim();
        var words = person.Family.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var particleWords = words.TakeWhile(w => char.IsLower(w[0])).Count();
        if (particleWords == 0 || particleWords == words.Length)
        {
            return new CslName(string.Join(' ', words), given, null, null);
        }

        return new CslName(
            string.Join(' ', words[particleWords..]),
            given,
            string.Join(' ', words[..particleWords]),
            null);
    }
}
