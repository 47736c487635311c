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

    // Targets are URI references resolved against the source part's name (ECMA-376 Part 2, 9.3.2.2); any absolute
    // base will do, and a target that resolves off it is outside the package.
    private static readonly Uri Base = new("http://package/");

    /// <summary>The part of the first relationship of a kind, from <paramref name="source"/> (null: the package itself).</summary>
    public static PackagePart? First(WorkbookPackage package, PackagePart? source, string kind) =>
        package.Relationships(source).FirstOrDefault(r => IsKind(r, kind)) is { } first ? Target(package, source, first) : null;

    /// <summary>The part a relationship ID names, when the relationship is of the kind expected.</summary>
    public static PackagePart? ById(WorkbookPackage package, PackagePart source, string id, string kind) =>
        package.Relationships(source).FirstOrDefault(r => r.Id == id) is { } found && IsKind(found, kind) ? Target(package, source, found) : null;

    private static bool IsKind(PackageRelationship relationship, string kind) =>
        relationship.Type == TransitionalTypes + kind || relationship.Type == StrictTypes + kind;

    private static PackagePart? Target(WorkbookPackage package, PackagePart? source, PackageRelationship relationship)
    {
        if (relationship.External
            || !Uri.TryCreate(new Uri(Base, source?.Name ?? "/"), relationship.Target, out var target)
            || !Base.IsBaseOf(target))
        {
            return null;
        }

        return package.Find(target.AbsolutePath);
    }
}
