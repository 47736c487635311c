namespace BriefBuilder.Cli.Building;

/// <summary>The one place commands write files: whole or not at all (a temporary file moved into place), and never
/// over a file the command read from.</summary>
public static class OutputWriter
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>; returns an error message or null.</summary>
    public static string? Write(string path, IEnumerable<string> inputs, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (inputs.Any(input => string.Equals(Path.GetFullPath(input), full, StringComparison.Ordinal)))
        {
            return $"{path}: refusing to write over an input file";
        }

        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.partial");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            return $"{path}: cannot write: {e.Message}";
        }
    }
}
