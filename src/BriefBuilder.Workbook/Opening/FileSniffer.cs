using System.IO.Compression;
using System.Text;
using BriefBuilder.Diagnostics;

namespace BriefBuilder.Workbooks.Opening;

/// <summary>Tells what a file really is from its first bytes, whatever its name says: a zip (checked for a
/// workbook inside), an OLE2 compound file (old .xls or encrypted), text, or something else.</summary>
internal static class FileSniffer
{
    private const long MaxCompoundFileBytes = 512L * 1024 * 1024;
    private static readonly byte[] ZipSignature = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] EmptyZipSignature = "PK\u0005\u0006"u8.ToArray();
    private static readonly byte[] Utf16LittleEndianMark = [0xFF, 0xFE];
    private static readonly byte[] Utf16BigEndianMark = [0xFE, 0xFF];
    private static readonly byte[] Ole2Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>What is wrong with the file as an xlsx, or null when it looks like one.</summary>
    public static FileProblem? Check(Stream file)
    {
        var head = new byte[4096];
        var length = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        file.Position = 0;
        var start = head.AsSpan(0, length);
        if (length == 0)
        {
            return new FileProblem(WorkbookCodes.EmptyFile, "the file is empty");
        }

        if (start.StartsWith(ZipSignature) || start.StartsWith(EmptyZipSignature))
        {
            return CheckZip(file);
        }

        if (start.StartsWith(Ole2Signature))
        {
            return CheckCompoundFile(file);
        }

        if (LooksLikeText(start))
        {
            return new FileProblem(WorkbookCodes.TextFile, $"this is {TextKind(start)}, not an Excel workbook: open it in Excel and save it as Excel Workbook (.xlsx)");
        }

        return new FileProblem(WorkbookCodes.UnknownFormat, "this is not an Excel workbook (.xlsx): its content is of no kind BriefBuilder knows");
    }

    private static FileProblem? CheckZip(Stream file)
    {
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var kind =
                names.Contains("mimetype") && MimeType(zip).StartsWith("application/vnd.oasis.opendocument", StringComparison.Ordinal) ? "an OpenDocument file (.ods), not an Excel workbook: save it as Excel Workbook (.xlsx)"
                : names.Contains("xl/workbook.bin") ? "an Excel binary workbook (.xlsb): save it as Excel Workbook (.xlsx)"
                : names.Contains("word/document.xml") ? "a Word document, not an Excel workbook"
                : names.Contains("ppt/presentation.xml") ? "a PowerPoint presentation, not an Excel workbook"
                : !names.Contains("[Content_Types].xml") ? "a zip archive, not an Excel workbook"
                : null;
            return kind is null ? null : new FileProblem(WorkbookCodes.NotAWorkbook, $"this is {kind}");
        }
        catch (InvalidDataException)
        {
            return new FileProblem(WorkbookCodes.DamagedFile, "the file is damaged or incomplete (its zip structure cannot be read); was a download or copy cut short?");
        }
        finally
        {
            file.Position = 0;
        }
    }

    // A mimetype is a short line; only its start is read, whatever size the entry claims.
    private static string MimeType(ZipArchive zip)
    {
        using var reader = new StreamReader(zip.GetEntry("mimetype")!.Open(), Encoding.ASCII);
        var start = new char[100];
        return new string(start, 0, reader.ReadBlock(start)).Trim();
    }

    private static FileProblem CheckCompoundFile(Stream file)
    {
        // Excel 97-2003 files stop well short of this; a larger one is named by its container alone.
        if (file.Length > MaxCompoundFileBytes)
        {
            return new FileProblem(WorkbookCodes.NotAWorkbook, "this is an OLE2 compound file (an old Office document or an encrypted one), not an Excel workbook (.xlsx)");
        }

        var bytes = new byte[file.Length];
        file.ReadExactly(bytes);
        file.Position = 0;
        var names = CompoundFile.EntryNames(bytes);
        if (names is null)
        {
            return new FileProblem(WorkbookCodes.DamagedFile, "the file is a damaged OLE2 compound file (the format of old Office documents)");
        }

        // An encrypted OOXML file is an OLE2 container holding EncryptionInfo and the encrypted package
        // ([MS-OFFCRYPTO] 2.3.4.4); an Excel 97-2003 workbook holds its BIFF records in a Workbook (or Book) stream.
        if (names.Contains("EncryptedPackage"))
        {
            return new FileProblem(WorkbookCodes.EncryptedWorkbook, "the workbook is password-protected (encrypted): save a copy without a password (File > Info > Protect Workbook) and check that");
        }

        if (names.Contains("Workbook") || names.Contains("Book"))
        {
            return new FileProblem(WorkbookCodes.LegacyWorkbook, "this is an Excel 97-2003 workbook (.xls): open it in Excel and save it as Excel Workbook (.xlsx)");
        }

        var what = names.Contains("WordDocument") ? "a Word 97-2003 document" : "an OLE2 compound file";
        return new FileProblem(WorkbookCodes.NotAWorkbook, $"this is {what}, not an Excel workbook");
    }

    // Text has no NUL bytes and decodes as UTF-8 (a cut multi-byte character at the end of the sample aside);
    // UTF-16 text starts with its byte order mark.
    private static bool LooksLikeText(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith(Utf16LittleEndianMark) || start.StartsWith(Utf16BigEndianMark))
        {
            return true;
        }

        if (start.Contains((byte)0))
        {
            return false;
        }

        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var end = start.Length;
        if (end == 4096)
        {
            // The sample may end inside a character: cut before that character's lead byte.
            while (end > 0 && (start[end - 1] & 0xC0) == 0x80)
            {
                end--;
            }

            end = Math.Max(end - 1, 0);
        }

        var trimmed = start[..end];
        try
        {
            decoder.GetCharCount(trimmed);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string TextKind(ReadOnlySpan<byte> start)
    {
        var text = Encoding.UTF8.GetString(start).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (text.Contains("urn:schemas-microsoft-com:office:spreadsheet", StringComparison.Ordinal))
        {
            return "an Excel 2003 XML spreadsheet";
        }

        if (text.StartsWith("<!doctype html", StringComparison.Ordinal) || text.StartsWith("<html", StringComparison.Ordinal))
        {
            return "a web page (HTML)";
        }

        return text.StartsWith('<') ? "an XML file" : "a text file (perhaps CSV)";
    }
}
