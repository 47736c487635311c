using System.Globalization;
using System.Xml;
using BriefBuilder.Diagnostics;

namespace BriefBuilder.Workbooks.Opening;

/// <summary>An xlsx opened for reading only, from its file or from bytes already read. The file is shared for reading
/// and writing, so a workbook open in Excel can be checked, and nothing is ever written to it. A file larger than the
/// limit is refused before it is read; a pipe or a device is read into memory, up to the limit.</summary>
internal sealed class WorkbookFile : IDisposable
{
    private readonly Stream _stream;

    private WorkbookFile(Stream stream, WorkbookPackage package)
    {
        _stream = stream;
        Package = package;
    }

    /// <summary>The file's parts and the relationships between them.</summary>
    public WorkbookPackage Package { get; }

    /// <summary>Opens a workbook, or says why the file is not one.</summary>
    public static (WorkbookFile? File, FileProblem? Problem) Open(string path, ReadLimits limits)
    {
        var (stream, problem) = OpenStream(path, limits);
        return stream is null ? (null, problem) : Open(stream, limits);
    }

    /// <summary>Reads a workbook file's bytes whole, or says why it cannot be read.</summary>
    public static (byte[]? Bytes, FileProblem? Problem) ReadAllBytes(string path, ReadLimits limits)
    {
        var (stream, problem) = OpenStream(path, limits);
        if (stream is null)
        {
            return (null, problem);
        }

        using (stream)
        {
            try
            {
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return (copy.ToArray(), null);
            }
            catch (IOException e)
            {
                return (null, new FileProblem(WorkbookCodes.CannotOpen, $"cannot read the file: {e.Message}"));
            }
        }
    }

    /// <summary>Opens a workbook held in a stream (which it then owns), or says why the bytes are not one.</summary>
    public static (WorkbookFile? File, FileProblem? Problem) Open(Stream stream, ReadLimits limits)
    {
        try
        {
            if (stream.Length > limits.FileBytes)
            {
                stream.Dispose();
                return (null, new FileProblem(WorkbookCodes.OverLimit, TooLarge(stream.Length, limits)));
            }

            if (FileSniffer.Check(stream) is { } problem)
            {
                stream.Dispose();
                return (null, problem);
            }

            var package = WorkbookPackage.Open(stream, limits);
            return (new WorkbookFile(stream, package), null);
        }
        catch (Exception e) when (IsDamage(e))
        {
            stream.Dispose();
            return (null, Damaged(e));
        }
        catch (LimitExceededException e)
        {
            stream.Dispose();
            return (null, new FileProblem(WorkbookCodes.OverLimit, e.Message));
        }
    }

    /// <summary>The exceptions the zip and XML readers, and the package reader, throw for a file whose content is broken.</summary>
    public static bool IsDamage(Exception e) =>
        e is InvalidDataException or XmlException or IOException;

    public static FileProblem Damaged(Exception e) =>
        new(WorkbookCodes.DamagedWorkbook, $"the workbook is damaged and cannot be read ({e.Message.TrimEnd('.')}); open it in Excel, which may repair it, and save it again");

    /// <summary>The message for a file over the size limit; <paramref name="atLeast"/> when reading stopped at the limit.</summary>
    public static string TooLarge(long bytes, ReadLimits limits, bool atLeast = false) => string.Create(
        CultureInfo.InvariantCulture,
        $"the file is {(atLeast ? "more than " : string.Empty)}{bytes:N0} bytes, larger than a workbook may be ({LimitText.HowToRaise(ReadLimits.FileBytesName, limits.FileBytes)})");

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }

    // A file to read at random (a pipe's bytes taken into memory first), no larger than the limit.
    private static (Stream? Stream, FileProblem? Problem) OpenStream(string path, ReadLimits limits)
    {
        if (Directory.Exists(path))
        {
            return (null, new FileProblem(WorkbookCodes.CannotOpen, "this is a folder, not a workbook file"));
        }

        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (!stream.CanSeek)
            {
                return (PipedWorkbook.Read(stream, limits), null);
            }

            var length = stream.Length;
            if (length > limits.FileBytes)
            {
                stream.Dispose();
                return (null, new FileProblem(WorkbookCodes.OverLimit, TooLarge(length, limits)));
            }

            return (stream, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            return (null, new FileProblem(WorkbookCodes.CannotOpen, $"cannot open the file: {reason}"));
        }
        catch (LimitExceededException e)
        {
            return (null, new FileProblem(WorkbookCodes.OverLimit, e.Message));
        }
    }
}
