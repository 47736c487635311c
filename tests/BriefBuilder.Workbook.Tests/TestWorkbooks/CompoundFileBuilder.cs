using System.Buffers.Binary;
using System.Text;

namespace BriefBuilder.Tests.TestWorkbooks;

/// <summary>Writes a minimal OLE2 compound file ([MS-CFB] version 3, 512-byte sectors) holding named streams of
/// 4,096 bytes each: the container of Excel 97-2003 workbooks and of encrypted OOXML files.</summary>
internal static class CompoundFileBuilder
{
    private const uint FreeSector = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;
    private const uint NoStream = 0xFFFFFFFF;
    private const int SectorSize = 512;
    private const int StreamSize = 4096;

    /// <summary>An Excel 97-2003 workbook's container: its BIFF records live in the `Workbook` stream.</summary>
    public static byte[] LegacyWorkbook() => Build("Workbook");

    /// <summary>A password-protected xlsx: the encryption header and the encrypted package ([MS-OFFCRYPTO] 2.3.4.4).</summary>
    public static byte[] EncryptedWorkbook() => Build("EncryptionInfo", "EncryptedPackage");

    public static byte[] Build(params string[] streams)
    {
        if (streams.Length > 3)
        {
            throw new ArgumentException("one directory sector holds the root and three streams");
        }

        var sectorsPerStream = StreamSize / SectorSize;
        var file = new byte[SectorSize * (3 + (streams.Length * sectorsPerStream))];
        WriteHeader(file);

        // Sector 0 is the FAT, sector 1 the directory, then each stream's sectors in a chain.
        var fat = new uint[SectorSize / 4];
        Array.Fill(fat, FreeSector);
        fat[0] = FatSector;
        fat[1] = EndOfChain;
        for (var s = 0; s < streams.Length; s++)
        {
            var first = 2 + (s * sectorsPerStream);
            for (var i = 0; i < sectorsPerStream; i++)
            {
                fat[first + i] = i == sectorsPerStream - 1 ? EndOfChain : (uint)(first + i + 1);
            }
        }

        for (var i = 0; i < fat.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(Offset(0) + (4 * i)), fat[i]);
        }

        var directory = file.AsSpan(Offset(1), SectorSize);
        WriteEntry(directory[..128], "Root Entry", type: 5, child: streams.Length > 0 ? 1u : NoStream, right: NoStream, start: EndOfChain, size: 0);
        for (var s = 0; s < streams.Length; s++)
        {
            var right = s + 1 < streams.Length ? (uint)(s + 2) : NoStream;
            WriteEntry(directory.Slice(128 * (s + 1), 128), streams[s], type: 2, child: NoStream, right: right, start: (uint)(2 + (s * sectorsPerStream)), size: StreamSize);
            file.AsSpan(Offset(2 + (s * sectorsPerStream)), StreamSize).Fill((byte)('a' + s));
        }

        for (var unused = streams.Length + 1; unused < 4; unused++)
        {
            WriteEntry(directory.Slice(128 * unused, 128), null, type: 0, child: NoStream, right: NoStream, start: 0, size: 0);
        }

        return file;
    }

    private static int Offset(int sector) => (sector + 1) * SectorSize;

    private static void WriteHeader(byte[] file)
    {
        var header = file.AsSpan(0, SectorSize);
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x003E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[76..], 0);
        for (var i = 1; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + (4 * i))..], FreeSector);
        }
    }

    private static void WriteEntry(Span<byte> entry, string? name, byte type, uint child, uint right, uint start, uint size)
    {
        if (name is not null)
        {
            var bytes = Encoding.Unicode.GetBytes(name);
            bytes.CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)(bytes.Length + 2));
        }

        entry[66] = type;
        entry[67] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], NoStream);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[120..], size);
    }
}
