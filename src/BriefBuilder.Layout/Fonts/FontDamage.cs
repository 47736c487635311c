using System.Buffers.Binary;

namespace BriefBuilder.Layout.Fonts;

/// <summary>What makes a TrueType file unusable though its tables can be found: a table past the end of the file (a
/// file cut short), a table too short for the fields read from it, glyph outlines outside the glyf table, characters
/// mapped to glyphs the font does not have, and tables whose bytes no longer match the checksums the file records
/// (OpenType spec: the table directory, head, hhea, hmtx, maxp, loca). Each answer is a reason, or null when sound.</summary>
internal static class FontDamage
{
    /// <summary>The layout of the tables: every table inside the file and long enough, every outline inside glyf.</summary>
    public static string? InStructure(byte[] data, FontTables tables)
    {
        foreach (var (tag, (offset, length)) in InFileOrder(tables))
        {
            if (offset < 0 || length < 0 || (long)offset + length > data.Length)
            {
                return $"table '{tag}' runs past the end of the file (is the file cut short?)";
            }

            if (length < ShortestLength(tag))
            {
                return $"table '{tag}' is too short for its fields";
            }
        }

        var unitsPerEm = FontFile.ReadU16(data, tables["head"].Offset + 18);
        if (unitsPerEm is < 16 or > 16384)
        {
            return $"table 'head' gives {unitsPerEm} units to the em (16 to 16384 are allowed)";
        }

        var glyphs = tables.GlyphCount;
        var metrics = FontFile.ReadU16(data, tables["hhea"].Offset + 34);
        if (metrics == 0 || metrics > glyphs || tables["hmtx"].Length < 4 * metrics)
        {
            return $"table 'hmtx' does not hold the {metrics} advance widths 'hhea' counts for {glyphs} glyphs";
        }

        var longOffsets = FontFile.ReadI16(data, tables["head"].Offset + 50) == 1;
        var (loca, locaLength) = tables["loca"];
        if (locaLength < (longOffsets ? 4 : 2) * (glyphs + 1L))
        {
            return $"table 'loca' is too short for {glyphs} glyphs";
        }

        var glyfLength = tables["glyf"].Length;
        long previous = 0;
        for (var g = 0; g <= glyphs; g++)
        {
            long start = longOffsets ? FontFile.ReadU32(data, loca + (4 * g)) : 2 * FontFile.ReadU16(data, loca + (2 * g));
            if (start < previous || start > glyfLength)
            {
                return $"table 'loca' places glyph {Math.Max(g - 1, 0)} outside the 'glyf' table";
            }

            previous = start;
        }

        return null;
    }

    /// <summary>Every character maps to a glyph the font has.</summary>
    public static string? InCharacterMap(Dictionary<int, ushort> characters, int glyphs)
    {
        foreach (var (character, glyph) in characters)
        {
            if (glyph >= glyphs)
            {
                return $"table 'cmap' maps U+{character:X4} to glyph {glyph} of a font with {glyphs} glyphs";
            }
        }

        return null;
    }

    /// <summary>Each table's bytes add up to the checksum the table directory records: a changed byte anywhere shows.
    /// The head table's sum leaves out its checkSumAdjustment, which is set after the sums are made.</summary>
    public static string? InChecksums(byte[] data, FontTables tables)
    {
        foreach (var (tag, (offset, length)) in InFileOrder(tables))
        {
            var table = data.AsSpan(offset, length);
            uint sum = 0;
            var whole = length & ~3;
            for (var i = 0; i < whole; i += 4)
            {
                sum += BinaryPrimitives.ReadUInt32BigEndian(table[i..]);
            }

            // A table's length need not be a multiple of four: the last word is padded with zeros.
            for (var i = whole; i < length; i++)
            {
                sum += (uint)table[i] << (8 * (3 - (i - whole)));
            }

            if (tag == "head")
            {
                sum -= BinaryPrimitives.ReadUInt32BigEndian(table[8..]);
            }

            if (sum != tables.Checksum(tag))
            {
                return $"table '{tag}' does not match its checksum";
            }
        }

        return null;
    }

    private static IEnumerable<(string Tag, (int Offset, int Length) Table)> InFileOrder(FontTables tables)
    {
        foreach (var tag in tables.InFileOrder)
        {
            yield return (tag, tables[tag]);
        }
    }

    // The engine and the subsetter read fields up to these lengths (head.indexToLocFormat at 50, hhea.numberOfHMetrics
    // at 34, maxp.numGlyphs at 4, OS/2.fsSelection at 62).
    private static int ShortestLength(string tag) => tag switch
    {
        "head" => 54,
        "hhea" => 36,
        "maxp" => 6,
        "OS/2" => 64,
        _ => 0,
    };
}
