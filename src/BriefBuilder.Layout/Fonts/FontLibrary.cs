using System.Collections.Frozen;

namespace BriefBuilder.Layout.Fonts;

/// <summary>Font faces by family, fixed once made. The installed fonts are scanned once per process, in sorted path order
/// so the same machine state always gives the same choice, and serve every build read-only; a build whose document names
/// font files lays out with a library of its own that puts those faces ahead of the installed ones, and no other build
/// sees them.</summary>
internal sealed class FontLibrary
{
    /// <summary>Folders scanned for fonts, in this order (the XDG and Debian locations).</summary>
    public static readonly IReadOnlyList<string> SystemFolders =
    [
        "/usr/share/fonts",
        "/usr/local/share/fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local/share/fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
    ];

    // Lazy's default mode runs the scan once however many builds ask for it at the same time.
    private static readonly Lazy<FontLibrary> InstalledLibrary = new(() => new FontLibrary(SystemFolders.Where(Directory.Exists)
        .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        .Where(path => path.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
        .Select(Path.GetFullPath)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .Select(FontFile.TryRead)
        .OfType<FontFace>()));

    private readonly FontFace[] _faces;
    private readonly FrozenDictionary<string, FontFace[]> _byFamily;

    /// <param name="faces">In order of precedence: of two faces equally close to an asked style, the first wins.</param>
    public FontLibrary(IEnumerable<FontFace> faces)
    {
        _faces = [.. faces];
        _byFamily = _faces.GroupBy(f => f.Family, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        Families = [.. _byFamily.Keys.Order(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The fonts installed on this machine.</summary>
    public static FontLibrary Installed => InstalledLibrary.Value;

    /// <summary>Family names in a fixed (ordinal, case-insensitive) order.</summary>
    public IReadOnlyList<string> Families { get; }

    /// <summary>This library with the faces of <paramref name="files"/> ahead of its own: in its family, a named file's
    /// face wins over a face of this library as close to the asked style. A file that cannot be used is a
    /// <see cref="FontFileException"/>.</summary>
    public FontLibrary With(IEnumerable<string> files) =>
        new([.. files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Select(FontFile.Load), .. _faces]);

    /// <summary>The family's face closest to the asked style: the exact style first, then same slant, then same weight,
    /// then the family's regular face; a nearer weight (400 regular, 700 bold) breaks ties, then precedence.</summary>
    public FontFace? Face(string family, bool bold, bool italic) =>
        _byFamily.TryGetValue(family, out var faces)
            ? faces.OrderBy(f => (f.Bold == bold ? 0 : 2) + (f.Italic == italic ? 0 : 3)).ThenBy(f => Math.Abs(f.Weight - (bold ? 700 : 400))).First()
            : null;
}
