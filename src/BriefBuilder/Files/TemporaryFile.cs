using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace BriefBuilder.Cli.Files;

/// <summary>A file being written in the folder it will end in, which no other path reaches until it is committed. On
/// Linux it has no name at all while written (O_TMPFILE), so a process killed mid-write leaves nothing behind; elsewhere
/// it is created exclusively (O_CREAT | O_EXCL, which refuses an existing file or a planted symlink) under a name no
/// one can guess. Either way it is flushed to disk before it takes its place.</summary>
internal sealed class TemporaryFile : IDisposable
{
    private readonly string _folder;
    private readonly string _name;
    private readonly SafeFileHandle? _unnamed;
    private string? _path;

    private TemporaryFile(string folder, string name, FileStream stream, SafeFileHandle? unnamed, string? path)
    {
        _folder = folder;
        _name = name;
        Stream = stream;
        _unnamed = unnamed;
        _path = path;
    }

    public FileStream Stream { get; }

    /// <summary>A new temporary file in <paramref name="folder"/> for the file <paramref name="name"/>.</summary>
    public static TemporaryFile Create(string folder, string name)
    {
        if (NativeFiles.CreateUnnamed(folder) is { } unnamed)
        {
            return new TemporaryFile(folder, name, new FileStream(unnamed, FileAccess.ReadWrite), unnamed, null);
        }

        var path = Path.Combine(folder, RandomName(name));
        return new TemporaryFile(folder, name, new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None), null, path);
    }

    /// <summary>Flushes the file to disk and puts it in place of <paramref name="name"/> in its folder: replacing what
    /// is there in one rename, or, when <paramref name="replace"/> is false, only if nothing is (false when something is).</summary>
    public bool Commit(bool replace)
    {
        Stream.Flush(flushToDisk: true);
        var target = Path.Combine(_folder, _name);
        if (_unnamed is not null)
        {
            // Linked straight to its name when nothing may be replaced (linkat never replaces); else to a random name,
            // then renamed over the target.
            var path = replace ? Path.Combine(_folder, RandomName(_name)) : target;
            var error = NativeFiles.Name(_unnamed, path);
            Stream.Dispose();
            if (!replace && error == NativeFiles.Exists)
            {
                return false;
            }

            if (error != 0)
            {
                throw new IOException($"cannot give the new file a name in {_folder} (error {error})");
            }

            if (!replace)
            {
                return Flushed();
            }

            _path = path;
        }

        Stream.Dispose();
        if (!replace && File.Exists(target))
        {
            return false;
        }

        // Without replacing, .NET links and then unlinks, so a file that appeared meanwhile is never overwritten.
        File.Move(_path!, target, overwrite: replace);
        _path = null;
        return Flushed();
    }

    /// <summary>Closes the file and removes its name, if it had one and was not committed.</summary>
    public void Dispose()
    {
        Stream.Dispose();
        if (_path is not null)
        {
            File.Delete(_path);
            _path = null;
        }
    }

    private bool Flushed()
    {
        NativeFiles.FlushFolder(_folder);
        return true;
    }

    // Random, so that no one who can write in the folder can plant a link at the name beforehand. A build reads no random
    // source for what it writes; this name is gone once the file is in place.
    private static string RandomName(string name) => $".{name}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}.partial";
}
