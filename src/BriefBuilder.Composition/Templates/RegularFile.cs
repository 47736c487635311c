using System.Globalization;
using BriefBuilder.Diagnostics;
using BriefBuilder.Files;

namespace BriefBuilder.Composition.Templates;

/// <summary>Files a template brings in (itself, its fonts) are read only when they are regular files within a size
/// limit, checked before they are opened: a device such as /dev/zero would be read forever, and a named pipe would
/// block until someone wrote to it.</summary>
internal static class RegularFile
{
    /// <summary>Why the file cannot be read, or null when it can: missing, not a regular file, or over the limit.</summary>
    public static Refusal? Check(string path, long maxBytes, string limitName, string what)
    {
        var identity = FileIdentity.Of(path);
        if (identity is null)
        {
            return new Refusal($"cannot read the {what}: no such file", false);
        }

        if (identity.Value.Kind != FileKind.Regular)
        {
            return new Refusal($"cannot read the {what}: it is {Describe(identity.Value.Kind)}, not a file", false);
        }

        var size = new FileInfo(path).Length;
        return size > maxBytes
            ? new Refusal(string.Create(CultureInfo.InvariantCulture, $"the {what} is {size:N0} bytes, more than a {what} may be ({LimitText.HowToRaise(limitName, maxBytes)})"), true)
            : null;
    }

    /// <summary>The file's bytes, at most <paramref name="maxBytes"/> of them, or why it cannot be read.</summary>
    public static (byte[]? Bytes, Refusal? Refusal) Read(string path, long maxBytes, string limitName, string what)
    {
        if (Check(path, maxBytes, limitName, what) is { } refusal)
        {
            return (null, refusal);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var bytes = new byte[Math.Min(stream.Length, maxBytes)];
            stream.ReadExactly(bytes);
            return (bytes, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new Refusal($"cannot read the {what}: {e.Message}", false));
        }
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.CharacterDevice => "a device (such as /dev/zero or a terminal)",
        FileKind.Fifo => "a pipe",
        FileKind.BlockDevice => "a disk device",
        FileKind.Socket => "a socket",
        _ => "a special file",
    };

    /// <summary>Why a file is not read; <paramref name="OverLimit"/> when it is only too large.</summary>
    public sealed record Refusal(string Message, bool OverLimit);
}
