namespace BriefBuilder.Workbooks.Opening;

/// <summary>Follows relationships (ECMA-376 Part 2, "Relationships") from the package or from one of its parts to
/// the parts they point at, such as the workbook's worksheets. A relationship to something outside the package leads
/// nowhere; one to a part the package does not hold is damage.</summary>
internal static class PartLinks
{
    public const string OfficeDocument = "officeDocument";
    public const string Worksheet = "worksheet";
    public const string SharedStrings = "sharedStrings";
    public const string Styles = "styles";

    // A relationship type is one of these followed by its kind; Strict files use the second.
    private const string TransitionalTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string StrictTypes = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

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
        if (relationship.External)
        {
            return null;
        }

        var name = Resolve(source?.Name ?? "/", relationship.Target);
        return (name is null ? null : package.Find(name))
            ?? throw new InvalidDataException($"{source?.Name ?? "the package"} points at {relationship.Target}, which the file does not hold");
    }

    // A target is a path relative to the source part's folder, or from the package root when it starts with a slash
    // (ECMA-376 Part 2, Annex A; RFC 3986, 5.2); one with a scheme (`http:`) names no part.
    private static string? Resolve(string source, string target)
    {
        var end = target.AsSpan().IndexOfAny('?', '#');
        var path = end < 0 ? target : target[..end];
        if (path.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var full = path.StartsWith('/') ? path : source[..(source.LastIndexOf('/') + 1)] + path;
        var segments = new List<string>();
        foreach (var segment in full.Split('/'))
        {
            if (segment == ".." && segments.Count > 0)
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("" or "." or ".."))
            {
                segments.Add(segment);
            }
        }

        return "/" + string.Join('/', segments);
    }
}
