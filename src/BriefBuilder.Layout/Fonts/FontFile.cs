using System.Buffers.Binary;
using System.Text;

namespace BriefBuilder.Layout.Fonts;

/// <summary>The parts of a TrueType file the engine reads itself: names, style, vertical metrics,
/// the character map and the advance widths (OpenType spec: head, hhea, hmtx, cmap, name, OS/2).</summary>
internal static class FontFile
{
    /// <summary>Reads a .ttf or TrueType-flavoured .otf; returns null when the file is not one (or is a collection or CFF font).</summary>
    public static FontFace? TryRead(string path)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        return TryParse(path, data);
    }

    public static FontFace? TryParse(string path, byte[] data)
    {
        if (data.Length < 12)
        {
            return null;
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(data);
        if (version != 0x00010000 && version != 0x74727565)
        {
            return null; // 'OTTO' (CFF outlines) and 'ttcf' (collections): the PDF writer embeds TrueType outlines only.
        }

        var tables = new FontTables(data);
        if (!tables.Has("glyf") || !tables.TryGet("head", out var head) || !tables.TryGet("hhea", out var hhea)
            || !tables.TryGet("hmtx", out var hmtx) || !tables.TryGet("cmap", out var cmap) || !tables.TryGet("name", out var name))
        {
            return null;
        }

        try
        {
            var unitsPerEm = ReadU16(data, head.Offset + 18);
            var macStyle = ReadU16(data, head.Offset + 44);
            var ascender = ReadI16(data, hhea.Offset + 4);
            var descender = ReadI16(data, hhea.Offset + 6);
            var lineGap = ReadI16(data, hhea.Offset + 8);
            var metricCount = ReadU16(data, hhea.Offset + 34);
            var advances = ReadAdvances(data, hmtx, metricCount);
            var glyphs = CharacterMap.Read(data, cmap.Offset);
            var family = ReadName(data, name.Offset, 1) ?? Path.GetFileNameWithoutExtension(path);
            var bold = (macStyle & 1) != 0;
            var italic = (macStyle & 2) != 0;
            var weight = bold ? 700 : 400;
            if (tables.TryGet("OS/2", out var os2))
            {
                weight = ReadU16(data, os2.Offset + 4);
                var selection = ReadU16(data, os2.Offset + 62);
                italic |= (selection & 1) != 0;
                bold |= (selection & 0x20) != 0;
            }

            return new FontFace(path, family, bold, italic, weight, unitsPerEm, ascender, -descender, lineGap, glyphs, advances);
        }
        catch (IndexOutOfRangeException)
        {
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static ushort[] ReadAdvances(byte[] data, (int Offset, int Length) hmtx, int metricCount)
    {
        var advances = new ushort[metricCount];
        for (var i = 0; i < metricCount; i++)
        {
            advances[i] = ReadU16(data, hmtx.Offset + (4 * i));
        }

        return advances;
    }

    // Name records: prefer Windows Unicode English (platform 3, encoding 1, language 0x409), then any Windows Unicode, then Mac Roman.
    internal static string? ReadName(byte[] data, int offset, int nameId)
    {
        var count = ReadU16(data, offset + 2);
        var stringsAt = offset + ReadU16(data, offset + 4);
        string? best = null;
        var bestRank = int.MaxValue;
        for (var i = 0; i < count; i++)
        {
            var record = offset + 6 + (12 * i);
            var platform = ReadU16(data, record);
            var encoding = ReadU16(data, record + 2);
            var language = ReadU16(data, record + 4);
            if (ReadU16(data, record + 6) != nameId)
            {
                continue;
            }

            var length = ReadU16(data, record + 8);
            var start = stringsAt + ReadU16(data, record + 10);
            var rank = (platform, encoding, language) switch
            {
                (3, 1, 0x409) => 0,
                (3, 1, _) => 1,
                (1, 0, 0) => 2,
                _ => int.MaxValue,
            };
            if (rank < bestRank && start + length <= data.Length)
            {
                bestRank = rank;
                best = platform == 3 ? Encoding.BigEndianUnicode.GetString(data, start, length) : Encoding.Latin1.GetString(data, start, length);
            }
        }

        return best;
    }

    internal static ushort ReadU16(byte[] data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset, 2));

    internal static short ReadI16(byte[] data, int offset) => BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(offset, 2));

    internal static uint ReadU32(byte[] data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset, 4));
}
