using System.Text;
using BriefBuilder.Composition.Archive;
using UglyToad.PdfPig;

namespace BriefBuilder.Cli.Snapshots;

/// <summary>A snapshot PDF read back, by PdfPig rather than by the code that wrote it: its bytes, the files embedded in
/// it by name, its manifest, and whether its pages print a text. PdfPig's document is held only while it is read, so a
/// rebuild of a large snapshot does not have it in memory too.</summary>
public sealed class SnapshotFile
{
    private SnapshotFile(string path, byte[] bytes, IReadOnlyDictionary<string, byte[]> files)
    {
        Path = path;
        Bytes = bytes;
        Files = files;
    }

    public string Path { get; }

    public byte[] Bytes { get; }

    /// <summary>The embedded files by their names in the document's EmbeddedFiles name tree.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>Reads a PDF and its embedded files, or says why it cannot.</summary>
    public static (SnapshotFile? File, string? Problem) Open(string path)
    {
        if (Directory.Exists(path))
        {
            return (null, $"{path}: is a folder, not a PDF");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, e is FileNotFoundException or DirectoryNotFoundException ? $"{path}: no such file" : $"{path}: cannot read: {e.Message}");
        }

        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            if (pdf.Advanced.TryGetEmbeddedFiles(out var embedded))
            {
                foreach (var file in embedded)
                {
                    files.TryAdd(file.Name, [.. file.Bytes]);
                }
            }

            return (new SnapshotFile(path, bytes, files), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig throws several exception types for damaged files; any of them means this is no PDF it can read.
            return (null, $"{path}: not a PDF that can be read ({e.Message.TrimEnd('.')})");
        }
    }

    /// <summary>The embedded manifest, or why there is none to read.</summary>
    public (SnapshotManifest? Manifest, string? Problem) Manifest()
    {
        if (!Files.TryGetValue(SnapshotArchive.ManifestName, out var manifest))
        {
            return (null, $"{Path}: no {SnapshotArchive.ManifestName} is embedded; this is not an archival snapshot made by BriefBuilder");
        }

        var (read, problem) = ManifestReader.Read(manifest);
        return (read, problem is null ? null : $"{Path}: {problem}");
    }

    /// <summary>Whether some page prints every one of the texts (spaces and line breaks aside). The last pages are read
    /// first: that is where the provenance is.</summary>
    public bool Prints(IReadOnlyCollection<string> texts)
    {
        var missing = new HashSet<string>(texts, StringComparer.Ordinal);
        try
        {
            using var pdf = PdfDocument.Open(Bytes);
            for (var page = pdf.NumberOfPages; page >= 1 && missing.Count > 0; page--)
            {
                var text = Squeezed(pdf.GetPage(page).Text);
                missing.RemoveWhere(t => text.Contains(t, StringComparison.Ordinal));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }

        return missing.Count == 0;
    }

    private static string Squeezed(string text)
    {
        var squeezed = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => !char.IsWhiteSpace(c)))
        {
            squeezed.Append(c);
        }

        return squeezed.ToString();
    }
}
