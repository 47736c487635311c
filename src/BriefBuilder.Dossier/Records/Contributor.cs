namespace BriefBuilder.Records;

/// <summary>An author of a source: a person with family and given names, or an organisation.</summary>
public abstract record Contributor
{
    /// <summary>Reads an `Authors` list item: "Last, First" is a person; text without a comma is an organisation.</summary>
    /// <remarks>Particles are read as citeproc reads a name written "Last, First": lower-case words leading the family
    /// name ("de la Cruz", "van der Berg") or a lower-case prefix joined to it by a hyphen or apostrophe ("al-Rashīd",
    /// "d’Alembert") stay with the family name (non-dropping); lower-case words trailing the given name ("Alexander von"
    /// in "Humboldt, Alexander von") drop from the name in citations (dropping).</remarks>
    public static Contributor Parse(string text)
    {
        var trimmed = text.Trim();
        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && comma == trimmed.LastIndexOf(',') && comma < trimmed.Length - 1)
        {
            return PersonName.Of(trimmed[..comma].Trim(), trimmed[(comma + 1)..].Trim());
        }

        return new OrganizationName(trimmed.TrimEnd(','));
    }
}

/// <summary>A person as an author: family name first, as bibliographies sort, with any name particles apart.</summary>
/// <param name="Particle">A non-dropping particle, kept before the family name ("de la" in "de la Cruz", "al-" in "al-Rashīd").</param>
/// <param name="DroppingParticle">A dropping particle, written after the given name ("von" in "Humboldt, Alexander von").</param>
public sealed record PersonName(string Family, string Given, string? Particle = null, string? DroppingParticle = null) : Contributor
{
    /// <summary>The family name with its non-dropping particle, as in running text: "de la Cruz", "al-Rashīd".</summary>
    public string FamilyWithParticle => Particle is null ? Family : Join(Particle, Family);

    /// <summary>A person from the two parts of "Last, First", particles read apart.</summary>
    public static PersonName Of(string family, string given)
    {
        var (particle, rest) = LeadingParticle(family);
        var givenWords = given.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var trailing = givenWords.Reverse().TakeWhile(IsParticleWord).Count();
        string? dropping = null;
        if (trailing > 0 && trailing < givenWords.Length)
        {
            dropping = string.Join(' ', givenWords[^trailing..]);
            given = string.Join(' ', givenWords[..^trailing]);
        }

        return new PersonName(rest, given, particle, dropping);
    }

    /// <summary>A particle and the name it precedes: "de la" and "Cruz" with a space, "al-" and "Rashīd" without.</summary>
    public static string Join(string particle, string name) =>
        particle.EndsWith('-') || particle.EndsWith('\'') || particle.EndsWith('’') ? particle + name : $"{particle} {name}";

    public override string ToString()
    {
        var given = DroppingParticle is null ? Given : $"{Given} {DroppingParticle}";
        return $"{FamilyWithParticle}, {given}";
    }

    private static (string? Particle, string Family) LeadingParticle(string family)
    {
        var words = family.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var leading = words.TakeWhile(IsParticleWord).Count();
        if (leading > 0 && leading < words.Length)
        {
            return (string.Join(' ', words[..leading]), string.Join(' ', words[leading..]));
        }

        // "al-Rashīd", "d’Alembert": a lower-case prefix joined to a capitalised name.
        var name = string.Join(' ', words);
        var join = name.IndexOfAny(['-', '\'', '’']);
        return join > 0 && join + 1 < name.Length && char.IsLower(name[0]) && char.IsUpper(name[join + 1]) && name[..join].All(char.IsLetter)
            ? (name[..(join + 1)], name[(join + 1)..])
            : (null, name);
    }

    private static bool IsParticleWord(string word) => word.Length > 0 && char.IsLower(word[0]) && word.All(c => char.IsLetter(c) || c is '\'' or '’');
}

/// <summary>An organisation as an author (a ministry, a court, an agency).</summary>
public sealed record OrganizationName(string Name) : Contributor
{
    public override string ToString() => Name;
}
