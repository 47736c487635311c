using BriefBuilder.Workbooks.Markup;

namespace BriefBuilder.Workbooks.Opening;

/// <summary>One relationship from a part or from the package (ECMA-376 Part 2, "Relationships"): its ID, its type,
/// and the target as written, a reference relative to the source part's folder unless it is outside the package.</summary>
internal sealed record PackageRelationship(string Id, string Type, string Target, bool External)
{
    private const string Namespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The relationships a `.rels` part lists; one without an ID, type or target leads nowhere and is left out.</summary>
    public static List<PackageRelationship> ReadAll(PackagePart rels)
    {
        var relationships = new List<PackageRelationship>();
        using var reader = rels.ReadXml();
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (reader.LocalName == "Relationship" && reader.NamespaceURI == Namespace
                && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Type") is { } type && reader.GetAttribute("Target") is { } target)
            {
                relationships.Add(new PackageRelationship(id, type, target, reader.GetAttribute("TargetMode") == "External"));
            }

            reader.Skip();
        }

        return relationships;
    }
}
