namespace BriefBuilder.Records;

/// <summary>An author of a source: a person with family and given names, or an organisation.</summary>
public abstract record Contributor
{
    /// <summary>Reads an `Authors` list item: "Last, First" is a person; text without a comma is an organisation.</summary>
    public static Contributor Parse(string text)
    {
        var trimmed = text.Trim();
        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && comma == trimmed.LastIndexOf(',') && comma < trimmed.Length - 1)
        {
            return new PersonName(trimmed[..comma].Trim(), trimmed[(comma + 1)..].Trim());
        }

        return new OrganizationName(trimmed.TrimEnd(','));
    }
}

/// <summary>A person as an author: family name first, as bibliographies sort.</summary>
public sealed record PersonName(string Family, string Given) : Contributor
{
    public override string ToString() => $"{Family}, {Given}";
}

/// <summary>An organisation as an author (a ministry, a court, an agency).</summary>
public sealed record OrganizationName(string Name) : Contributor
{
    public override string ToString() => Name;
}
