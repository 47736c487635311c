using BriefBuilder.Cli.Files;
using BriefBuilder.Diagnostics;
using BriefBuilder.Files;

namespace BriefBuilder.Cli.Building;

/// <summary>The one place commands write files: whole or not at all, and never over a file the command read from.
/// Files are compared by identity (device and inode, links followed), never by the text of their paths. A regular
/// file is written as a temporary file beside it that no one else can reach, flushed to disk, then renamed over it;
/// a terminal, a pipe or /dev/null is written straight through, as asked; anything else is refused.</summary>
public static class OutputWriter
{
    /// <summary>The diagnostic for a file that could not be written, at its path.</summary>
    public static Diagnostic Problem(string path, string problem) => new(CommandLineCodes.NotWritten, new SourceLocation(path), problem);

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>; returns what went wrong (to follow the
    /// path in a message) or null.</summary>
    public static string? Write(string path, IEnumerable<string> inputs, Action<Stream> write) =>
        Write(path, inputs, stream => Accepted(write, stream), replace: true);

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, which says at the end whether what it wrote
    /// is to be kept: when it is not, nothing takes the path's place (a file there stays as it was). Returns what went
    /// wrong or null.</summary>
    public static string? Write(string path, IEnumerable<string> inputs, Func<Stream, bool> write) =>
        Write(path, inputs, write, replace: true);

    /// <summary>Writes a new file at <paramref name="path"/>, never in place of one, even one that appears meanwhile;
    /// returns an error message or null.</summary>
    public static string? WriteNew(string path, Action<Stream> write) =>
        Write(path, [], stream => Accepted(write, stream), replace: false);

    private static bool Accepted(Action<Stream> write, Stream stream)
    {
        write(stream);
        return true;
    }

    private static string? Write(string path, IEnumerable<string> inputs, Func<Stream, bool> write, bool replace)
    {
        var readFrom = inputs.Select(FileIdentity.Of).OfType<FileIdentity>().ToList();
        if (Refusal(path, readFrom, replace) is { } refused)
        {
            return refused;
        }

        if (FileIdentity.Of(path) is { Kind: FileKind.CharacterDevice or FileKind.Fifo })
        {
            return WriteThrough(path, write);
        }

        // A link to a file is kept: the file it leads to is the one replaced.
        var target = FinalTarget(Path.GetFullPath(path));
        var folder = Path.GetDirectoryName(target)!;
        if (FolderProblem(folder) is { } noFolder)
        {
            return noFolder;
        }

        try
        {
            using var temporary = TemporaryFile.Create(folder, Path.GetFileName(target));
            if (!write(temporary.Stream))
            {
                return null;
            }

            // Checked again just before the rename, in case the path was pointed at an input while the file was written.
            if (Refusal(path, readFrom, replace) is { } late)
            {
                return late;
            }

            return temporary.Commit(replace) ? null : "already exists; it is never overwritten";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write: {e.Message}";
        }
    }

    private static string? Refusal(string path, List<FileIdentity> inputs, bool replace)
    {
        if (FileIdentity.Of(path) is not { } existing)
        {
            return null;
        }

        if (!replace)
        {
            return "already exists; it is never overwritten";
        }

        if (inputs.Exists(input => input.SameFileAs(existing)))
        {
            return "refusing to write over an input file (it is a file this command reads, by another path)";
        }

        return existing.Kind switch
        {
            FileKind.Regular or FileKind.CharacterDevice or FileKind.Fifo => null,
            FileKind.Directory => "is a folder, not a file",
            _ => $"is a {existing.Kind switch { FileKind.BlockDevice => "block device", FileKind.Socket => "socket", _ => "special file" }}, which is never written to",
        };
    }

    // The folder is made if missing; when a file stands where a folder should be, that file is named.
    private static string? FolderProblem(string folder)
    {
        for (var ancestor = folder; ancestor is not null; ancestor = Path.GetDirectoryName(ancestor))
        {
            if (FileIdentity.Of(ancestor) is { } found)
            {
                if (found.Kind != FileKind.Directory)
                {
                    return $"cannot make the folder {folder}: {ancestor} is a file, not a folder";
                }

                break;
            }
        }

        try
        {
            Directory.CreateDirectory(folder);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot make the folder {folder}: {e.Message}";
        }
    }

    // What is written to a terminal or pipe cannot be taken back, so it is held until the writer keeps it.
    private static string? WriteThrough(string path, Func<Stream, bool> write)
    {
        try
        {
            using var held = new MemoryStream();
            if (!write(held))
            {
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            held.Position = 0;
            held.CopyTo(stream);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write: {e.Message}";
        }
    }

    // The path with the links of its last part followed, to the file they lead to (which need not exist yet).
    private static string FinalTarget(string path)
    {
        try
        {
            return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            return path;
        }
    }
}
