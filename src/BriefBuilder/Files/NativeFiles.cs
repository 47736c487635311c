using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace BriefBuilder.Cli.Files;

/// <summary>The Linux calls .NET's file API does not offer: a file with no name in a folder (open(2) with O_TMPFILE),
/// naming it there (linkat(2), which never replaces a file), and flushing a folder's entries to disk (fsync(2) on the
/// folder). Each returns null or false where the system cannot, and the caller falls back.</summary>
internal static class NativeFiles
{
    private const int ReadWrite = 0x2;
    private const int CloseOnExec = 0x80000;
    private const int UnnamedFile = 0x400000;
    private const int CurrentDirectory = -100;
    private const int FollowLink = 0x400;
    private const uint ReadableByAll = 0x1B6; // 0666, less the umask, as the system creates files

    /// <summary>An open file in the folder that no path names, or null when the folder's file system cannot make one.</summary>
    public static SafeFileHandle? CreateUnnamed(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var fd = open(Bytes(folder), UnnamedFile | DirectoryFlag | ReadWrite | CloseOnExec, ReadableByAll);
            return fd < 0 ? null : new SafeFileHandle(fd, ownsHandle: true);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    /// <summary>errno when a file of the name exists already.</summary>
    public const int Exists = 17;

    /// <summary>Gives an unnamed file a name, never in place of a file: 0, or the errno of the failure.</summary>
    public static int Name(SafeFileHandle unnamed, string path) =>
        linkat(CurrentDirectory, Bytes($"/proc/self/fd/{unnamed.DangerousGetHandle()}"), CurrentDirectory, Bytes(path), FollowLink) == 0
            ? 0
            : Marshal.GetLastPInvokeError();

    /// <summary>Flushes a folder's entries (a rename in it) to disk; best effort.</summary>
    public static void FlushFolder(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            var fd = open(Bytes(folder), DirectoryFlag | CloseOnExec, 0);
            if (fd >= 0)
            {
                using var handle = new SafeFileHandle(fd, ownsHandle: true);
                _ = fsync(handle);
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // No libc to ask: the rename is as durable as the system makes it.
        }
    }

    // O_DIRECTORY, which O_TMPFILE includes, differs between architectures (asm-generic and arm against x86).
    private static int DirectoryFlag => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x4000 : 0x10000;

    private static byte[] Bytes(string path) => Encoding.UTF8.GetBytes(path + "\0");

    [DllImport("libc", SetLastError = true)]
    private static extern int open(byte[] path, int flags, uint mode);

    [DllImport("libc", SetLastError = true)]
    private static extern int linkat(int fromFolder, byte[] from, int toFolder, byte[] to, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int fsync(SafeFileHandle file);
}
