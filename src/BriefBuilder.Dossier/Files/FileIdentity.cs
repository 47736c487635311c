using System.Runtime.InteropServices;

namespace BriefBuilder.Files;

/// <summary>Which file a path names, by device and inode after following every link, and what kind of file it is:
/// two paths name the same file exactly when their identities are equal, whatever their text (a symlinked folder,
/// /proc/self/cwd, a hard link). Where the system cannot say (not Linux), the identity is the path with its links
/// resolved, which catches all but hard links.</summary>
public readonly record struct FileIdentity(ulong Device, ulong Inode, string? ResolvedPath, FileKind Kind)
{
    /// <summary>The identity of the file a path names, or null when nothing is there (or it cannot be looked at).</summary>
    public static FileIdentity? Of(string path)
    {
        if (OperatingSystem.IsLinux() && NativeMethods.Stat(path) is { } stat)
        {
            return stat.Found ? new FileIdentity(stat.Device, stat.Inode, null, stat.Kind) : null;
        }

        return Resolved(path);
    }

    /// <summary>The same file, whatever the path: compared by device and inode, or by resolved path without them.</summary>
    public bool SameFileAs(FileIdentity other) =>
        ResolvedPath is null ? Device == other.Device && Inode == other.Inode : string.Equals(ResolvedPath, other.ResolvedPath, StringComparison.Ordinal);

    private static FileIdentity? Resolved(string path)
    {
        try
        {
            var info = new FileInfo(Path.GetFullPath(path));
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
            var full = Path.GetFullPath(target.FullName);
            if (Directory.Exists(full))
            {
                return new FileIdentity(0, 0, full, FileKind.Directory);
            }

            return File.Exists(full) ? new FileIdentity(0, 0, full, FileKind.Regular) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The system calls behind identities (statx(2), Linux 4.11 and glibc 2.28 on): its structure has one
    /// layout on every architecture, unlike stat(2)'s.</summary>
    private static class NativeMethods
    {
        private const int AtCurrentDirectory = -100;
        private const uint BasicStats = 0x7FF;
        private const int NoSuchFile = 2;
        private const int NotADirectory = 20;

        public static (bool Found, ulong Device, ulong Inode, FileKind Kind)? Stat(string path)
        {
            try
            {
                if (statx(AtCurrentDirectory, NullTerminated(path), 0, BasicStats, out var buffer) == 0)
                {
                    var device = ((ulong)buffer.DevMajor << 32) | buffer.DevMinor;
                    return (true, device, buffer.Inode, KindOf(buffer.Mode));
                }

                var error = Marshal.GetLastPInvokeError();
                return error is NoSuchFile or NotADirectory ? (false, 0, 0, FileKind.Other) : null;
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                return null;
            }
        }

        // The file type bits of st_mode (inode(7)).
        private static FileKind KindOf(ushort mode) => (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x2000 => FileKind.CharacterDevice,
            0x1000 => FileKind.Fifo,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };

        public static byte[] NullTerminated(string path) => System.Text.Encoding.UTF8.GetBytes(path + "\0");

        [DllImport("libc", SetLastError = true)]
        private static extern int statx(int directory, byte[] path, int flags, uint mask, out StatxBuffer buffer);

        [StructLayout(LayoutKind.Sequential, Size = 256)]
        private struct StatxBuffer
        {
            public uint Mask;
            public uint BlockSize;
            public ulong Attributes;
            public uint Links;
            public uint Uid;
            public uint Gid;
            public ushort Mode;
            public ushort Spare;
            public ulong Inode;
            public ulong Size;
            public ulong Blocks;
            public ulong AttributesMask;
            public Timestamp AccessTime;
            public Timestamp BirthTime;
            public Timestamp ChangeTime;
            public Timestamp ModificationTime;
            public uint RdevMajor;
            public uint RdevMinor;
            public uint DevMajor;
            public uint DevMinor;
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct Timestamp
        {
            public long Seconds;
            public uint Nanoseconds;
            public int Reserved;
        }
    }
}
