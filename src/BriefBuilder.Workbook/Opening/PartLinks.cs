using System.IO.Packaging;

namespace BriefBuilder.Workbooks.Opening;

/// <summary>Follows relationships (ECMA-376 Part 2, 9.3) from the package or from one of its parts to the parts they
/// point at, such as the workbook's worksheets. A relationship whose target is outside the package or missing from
/// it leads nowhere.</summary>
internal static class PartLinks
{
    public const string OfficeDocument = "officeDocument";
    public const string Worksheet = "worksheet";
    public const string SharedStrings = "sharedStrings";
    public const string Styles = "styles";

    // A relationship type is one of these followed by its kind; Strict files use the second.
    private const string TransitionalTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string StrictTypes = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

    private static readonly Uri PackageRoot = new("/", UriKind.Relative);

    /// <summary>The part of the first relationship of a kind, from <paramref name="source"/> (null: the package itself).</summary>
    public static PackagePart? First(Package package, PackagePart? source, string kind)
    {
        var relationships = source is null ? package.GetRelationships() : source.GetRelationships();
        var first = relationships.FirstOrDefault(r => IsKind(r, kind));
        return first is null ? null : Target(package, source, first);
    }

    /// <summary>The part a relationship ID names, when the relationship is of the kind expected.</summary>
    public static PackagePart? ById(Package package, PackagePart source, string id, string kind)
    {
        if (!source.RelationshipExists(id))
        {
            return null;
        }

        var relationship = source.GetRelationship(id);
        return IsKind(relationship, kind) ? Target(package, source, relationship) : null;
    }

    private static bool IsKind(PackageRelationship relationship, string kind) =>
        relationship.RelationshipType == TransitionalTypes + kind || relationship.RelationshipType == StrictTypes + kind;

    private static PackagePart? Target(Package package, PackagePart? source, PackageRelationship relationship)
    {
        if (relationship.TargetMode == TargetMode.External)
        {
            return null;
        }

        Uri uri;
        try
        {
            uri = PackUriHelper.ResolvePartUri(source?.Uri ?? PackageRoot, relationship.TargetUri);
        }
        catch (ArgumentException)
        {
            // A target that cannot name a part, such as the package root itself.
            return null;
        }

        return package.PartExists(uri) ? package.GetPart(uri) : null;
    }
}
