namespace BriefBuilder.Layout.Fonts;

/// <summary>Every font face the engine knows: the system's font folders, scanned once in sorted path order so the same
/// machine state always gives the same choice, plus any font files a document names. Shared by the whole process
/// because scanning the font folders is worth doing once.</summary>
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

    private static readonly Lazy<FontLibrary> SharedLibrary = new(() =>
    {
        var library = new FontLibrary();
        library.AddFiles(SystemFolders.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(IsFontFile));
        return library;
    });

    private readonly Lock _gate = new();
    private readonly Dictionary<string, FontFace> _byPath = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, List<FontFace>> _byFamily = new(StringComparer.OrdinalIgnoreCase);

    public static FontLibrary Shared => SharedLibrary.Value;

    public static bool IsFontFile(string path) =>
        path.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".otf", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds font files (idempotent). Returns the paths that could not be read as TrueType fonts.</summary>
    public IReadOnlyList<string> AddFiles(IEnumerable<string> paths)
    {
        var rejected = new List<string>();
        foreach (var path in paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            lock (_gate)
            {
                if (_byPath.ContainsKey(path))
                {
                    continue;
                }
            }

            var face = FontFile.TryRead(path);
            if (face is null)
            {
                rejected.Add(path);
                continue;
            }

            lock (_gate)
            {
                if (_byPath.TryAdd(path, face))
                {
                    if (!_byFamily.TryGetValue(face.Family, out var faces))
                    {
                        faces = [];
                        _byFamily[face.Family] = faces;
                    }

                    faces.Add(face);
                    faces.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
                }
            }
        }

        return rejected;
    }

    public FontFace? FaceAt(string path)
    {
        lock (_gate)
        {
            return _byPath.GetValueOrDefault(path);
        }
    }

    /// <summary>Family names in a fixed (ordinal, case-insensitive) order.</summary>
    public IReadOnlyList<string> Families
    {
        get
        {
            lock (_gate)
            {
                return [.. _byFamily.Keys];
            }
        }
    }

    /// <summary>The family's face closest to the asked style: the exact style first, then same slant, then same weight,
    /// then the family's regular face; a nearer weight (400 regular, 700 bold) breaks ties.</summary>
    public FontFace? Face(string family, bool bold, bool italic)
    {
        lock (_gate)
        {
            if (!_byFamily.TryGetValue(family, out var faces))
            {
                return null;
            }

            return faces
                .OrderBy(f => (f.Bold == bold ? 0 : 2) + (f.Italic == italic ? 0 : 3))
                .ThenBy(f => Math.Abs(f.Weight - (bold ? 700 : 400)))
                .First();
        }
    }
}
