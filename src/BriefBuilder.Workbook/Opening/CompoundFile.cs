using System.Buffers.Binary;
using System.Text;

namespace BriefBuilder.Workbooks.Opening;

/// <summary>Lists the stream and storage names in an OLE2 compound file ([MS-CFB]), enough to tell an Excel 97-2003
/// workbook (`Workbook`, `Book`) from a password-protected OOXML file (`EncryptedPackage`).</summary>
internal static class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int HeaderDifatEntries = 109;
    private const int DirectoryEntrySize = 128;

    /// <summary>The names in the file's directory, or null when the structure is damaged.</summary>
    public static IReadOnlyList<string>? EntryNames(byte[] file)
    {
        if (file.Length < 512)
        {
            return null;
        }

        // [MS-CFB] 2.2: the header gives the sector size and where the FAT and the directory start.
        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(30));
        if (sectorShift is not (9 or 12))
        {
            return null;
        }

        var sectorSize = 1 << sectorShift;
        var fatSectorCount = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(44));
        var firstDirectorySector = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(48));
        var firstDifatSector = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(68));
        var sectorCount = (file.Length / sectorSize) - 1;

        var fatSectors = FatSectors(file, sectorSize, fatSectorCount, firstDifatSector, sectorCount);
        if (fatSectors is null)
        {
            return null;
        }

        var fat = new List<uint>();
        foreach (var sector in fatSectors)
        {
            var bytes = Sector(file, sector, sectorSize);
            for (var i = 0; i < sectorSize; i += 4)
            {
                fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(bytes[i..]));
            }
        }

        var names = new List<string>();
        var current = firstDirectorySector;
        for (var steps = 0; current != EndOfChain; steps++)
        {
            if (current >= sectorCount || current >= fat.Count || steps > sectorCount)
            {
                return null;
            }

            var bytes = Sector(file, current, sectorSize);
            for (var offset = 0; offset + DirectoryEntrySize <= sectorSize; offset += DirectoryEntrySize)
            {
                if (EntryName(bytes.Slice(offset, DirectoryEntrySize)) is { } name)
                {
                    names.Add(name);
                }
            }

            current = fat[(int)current];
        }

        return names;
    }

    // [MS-CFB] 2.5: the first 109 FAT sector numbers are in the header, the rest in a chain of DIFAT sectors,
    // each ending with the number of the next.
    private static List<uint>? FatSectors(byte[] file, int sectorSize, uint count, uint firstDifatSector, int sectorCount)
    {
        if (count > sectorCount)
        {
            return null;
        }

        var sectors = new List<uint>();
        for (var i = 0; i < HeaderDifatEntries && sectors.Count < count; i++)
        {
            sectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(76 + (4 * i))));
        }

        var difat = firstDifatSector;
        for (var steps = 0; sectors.Count < count; steps++)
        {
            if (difat >= sectorCount || steps > sectorCount)
            {
                return null;
            }

            var bytes = Sector(file, difat, sectorSize);
            for (var i = 0; i < sectorSize - 4 && sectors.Count < count; i += 4)
            {
                sectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(bytes[i..]));
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(sectorSize - 4)..]);
        }

        return sectors.All(s => s < sectorCount) ? sectors : null;
    }

    // [MS-CFB] 2.6.1: a directory entry's name is UTF-16 in its first 64 bytes, its length in bytes (with the
    // terminating null) at 64 and its type at 66 (0 for an unused entry).
    private static string? EntryName(ReadOnlySpan<byte> entry)
    {
        var length = BinaryPrimitives.ReadUInt16LittleEndian(entry[64..]);
        var type = entry[66];
        if (type == 0 || length < 2 || length > 64)
        {
            return null;
        }

        return Encoding.Unicode.GetString(entry[..(length - 2)]);
    }

    private static ReadOnlySpan<byte> Sector(byte[] file, uint sector, int sectorSize) =>
        file.AsSpan((int)((sector + 1) * sectorSize), sectorSize);
}
