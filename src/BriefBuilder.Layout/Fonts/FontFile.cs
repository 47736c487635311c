using System.Buffers.Binary;
using System.Text;

namespace BriefBuilder.Layout.Fonts;

/// <summary>The parts of a TrueType file the engine reads itself: names, style, vertical metrics,
/// the character map and the advance widths (OpenType spec: head, hhea, hmtx, cmap, name, OS/2).</summary>
internal static class FontFile
{
    // What the engine measures with and the PDF writer subsets: loca and maxp as much as the metrics.
    private static readonly string[] Required = ["glyf", "loca", "maxp", "head", "hhea", "hmtx", "cmap", "name"];

    /// <summary>An installed font file's face, or null when it is not a TrueType font the engine can use (a collection,
    /// CFF outlines, a damaged file).</summary>
    public static FontFace? TryRead(string path)
    {
        try
        {
            return Parse(path, InstalledFontBytes.Of(path), named: false, out _);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A font file a document names: its face, which keeps the file's bytes so that what is measured is what the
    /// PDF embeds, or a <see cref="FontFileException"/> saying why it cannot be used. Its checksums are checked as well: a
    /// named file goes ahead of the installed faces of its family, so a damaged copy must not quietly replace a sound one.</summary>
    public static FontFace Load(string path)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FontFileException(path, "does not exist");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FontFileException(path, $"cannot be read ({e.Message.TrimEnd('.')})");
        }

        return Parse(path, data, named: true, out var problem) ?? throw new FontFileException(path, problem);
    }

    /// <summary>Whether a file's first four bytes (its sfnt version) say it holds TrueType outlines.</summary>
    internal static bool HasTrueTypeOutlines(uint version) => version is 0x00010000 or 0x74727565;

    private static FontFace? Parse(string path, byte[] data, bool named, out string problem)
    {
        var version = data.Length < 12 ? 0 : BinaryPrimitives.ReadUInt32BigEndian(data);
        problem = version switch
        {
            _ when HasTrueTypeOutlines(version) => string.Empty,
            0x4F54544F => "has PostScript (CFF) outlines; the PDF writer embeds TrueType outlines only",
            0x74746366 => "is a font collection; name one font of it as a .ttf file",
            _ => "is not a TrueType font",
        };
        if (problem.Length > 0)
        {
            return null;
        }

        var tables = new FontTables(data);
        if (Required.FirstOrDefault(tag => !tables.Has(tag)) is { } absent)
        {
            problem = $"is not a complete TrueType font: it has no '{absent}' table";
            return null;
        }

        try
        {
            var damage = FontDamage.InStructure(data, tables) ?? (named ? FontDamage.InChecksums(data, tables) : null);
            var characters = damage is null ? CharacterMap.Read(data, tables["cmap"].Offset) : [];
            damage ??= FontDamage.InCharacterMap(characters, tables.GlyphCount);
            problem = damage is null ? string.Empty : $"is damaged: {damage}";
            return damage is null ? Read(path, data, tables, characters, named ? data : null) : null;
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            problem = "is damaged: its character map or names point outside their tables";
            return null;
        }
    }

    private static FontFace Read(string path, byte[] data, FontTables tables, Dictionary<int, ushort> characters, byte[]? program)
    {
        var (head, hhea, hmtx, name) = (tables["head"].Offset, tables["hhea"].Offset, tables["hmtx"], tables["name"].Offset);
        var unitsPerEm = ReadU16(data, head + 18);
        var macStyle = ReadU16(data, head + 44);
        var ascender = ReadI16(data, hhea + 4);
        var descender = ReadI16(data, hhea + 6);
        var lineGap = ReadI16(data, hhea + 8);
        var advances = ReadAdvances(data, hmtx, ReadU16(data, hhea + 34));
        var family = ReadName(data, name, 1) ?? Path.GetFileNameWithoutExtension(path);
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

        return new FontFace(path, family, bold, italic, weight, unitsPerEm, ascender, -descender, lineGap, characters, advances, program);
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
