using System.IO.Compression;
using BriefBuilder.Workbooks.Markup;

namespace BriefBuilder.Workbooks.Opening;

/// <summary>An xlsx's zip read as an Open Packaging Conventions package (ECMA-376 Part 2): its parts by name and the
/// relationships between them, read only, with nothing but what a reader needs.</summary>
internal sealed class WorkbookPackage : IDisposable
{
    private const string ContentTypes = "/[Content_Types].xml";

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, PackagePart> _parts;
    private readonly Dictionary<string, IReadOnlyList<PackageRelationship>> _relationships = [];

    private WorkbookPackage(ZipArchive zip, Dictionary<string, PackagePart> parts)
    {
        _zip = zip;
        _parts = parts;
    }

    /// <summary>Reads the zip's directory; a package with two parts of one name or without well-formed content
    /// types is damage, and one larger than the limits allow is refused before any part is inflated.</summary>
    public static WorkbookPackage Open(Stream file, ReadLimits limits)
    {
        var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        try
        {
            var xml = new PartXml();
            var parts = new Dictionary<string, PackagePart>(StringComparer.OrdinalIgnoreCase);
            var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            PackageSize.Check(entries, limits);
            foreach (var entry in entries)
            {
                var name = NameOf("/" + entry.FullName);
                if (!parts.TryAdd(name, new PackagePart(name, entry, xml)))
                {
                    throw new InvalidDataException($"the package has two parts named {name}");
                }
            }

            CheckContentTypes(parts.GetValueOrDefault(ContentTypes));
            return new WorkbookPackage(zip, parts);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>The part of a name, if the package has it.</summary>
    public PackagePart? Find(string name) => _parts.GetValueOrDefault(NameOf(name));

    /// <summary>The relationships from a part, or from the package itself when <paramref name="source"/> is null.
    /// Each part's are in `_rels/NAME.rels` beside it (ECMA-376 Part 2, "Relationships Part").</summary>
    public IReadOnlyList<PackageRelationship> Relationships(PackagePart? source)
    {
        var name = source?.Name ?? "/";
        if (!_relationships.TryGetValue(name, out var relationships))
        {
            var slash = name.LastIndexOf('/') + 1;
            relationships = Find($"{name[..slash]}_rels/{name[slash..]}.rels") is { } rels ? PackageRelationship.ReadAll(rels) : [];
            _relationships[name] = relationships;
        }

        return relationships;
    }

    public void Dispose() => _zip.Dispose();

    // Part names compare as case-insensitive ASCII (ECMA-376 Part 2, "Part Names"). Escapes are undone on both sides,
    // so a name one program writes `sheet%201.xml` and another `Sheet 1.xml` is still one name.
    private static string NameOf(string name) => Uri.UnescapeDataString(name);

    // Every package declares its parts' content types (ECMA-376 Part 2, "Content Types"); they say nothing the reader
    // needs, but a package whose declaration is missing or broken is not a sound one.
    private static void CheckContentTypes(PackagePart? contentTypes)
    {
        if (contentTypes is null)
        {
            throw new InvalidDataException("the package has no [Content_Types].xml");
        }

        using var reader = contentTypes.ReadXml();
        reader.Skip();
    }
}
