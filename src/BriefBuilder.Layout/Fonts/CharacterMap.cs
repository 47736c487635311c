namespace BriefBuilder.Layout.Fonts;

/// <summary>Reads a TrueType cmap into a code point to glyph index map (OpenType cmap formats 4 and 12).</summary>
internal static class CharacterMap
{
    public static Dictionary<int, ushort> Read(byte[] data, int cmapOffset)
    {
        var count = FontFile.ReadU16(data, cmapOffset + 2);
        var format4 = -1;
        var format12 = -1;
        for (var i = 0; i < count; i++)
        {
            var record = cmapOffset + 4 + (8 * i);
            var platform = FontFile.ReadU16(data, record);
            var encoding = FontFile.ReadU16(data, record + 2);
            var subtable = cmapOffset + (int)FontFile.ReadU32(data, record + 4);
            var format = FontFile.ReadU16(data, subtable);
            var unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (!unicode)
            {
                continue;
            }

            if (format == 12 && format12 < 0)
            {
                format12 = subtable;
            }
            else if (format == 4 && format4 < 0)
            {
                format4 = subtable;
            }
        }

        // Made at the size the subtable spans: growing it as it filled was a quarter of the scan of the installed fonts
        // that every build starts with.
        Dictionary<int, ushort> map;
        if (format12 >= 0)
        {
            map = new Dictionary<int, ushort>(CodesOfFormat12(data, format12));
            ReadFormat12(data, format12, map);
        }
        else if (format4 >= 0)
        {
            map = new Dictionary<int, ushort>(CodesOfFormat4(data, format4));
            ReadFormat4(data, format4, map);
        }
        else
        {
            map = [];
        }

        return map;
    }

    // A font of every plane's letters maps about 100,000 code points; a damaged one may claim the whole code space, and
    // its map is made no larger than this ahead.
    private const int MostCodesAhead = 1 << 17;

    // How many code points the subtable's segments or groups span (at most 65,535 in format 4): at least as many as it maps.
    private static int CodesOfFormat4(byte[] data, int at)
    {
        var segments = FontFile.ReadU16(data, at + 6) / 2;
        var ends = at + 14;
        var starts = ends + (2 * segments) + 2;
        var codes = 0;
        for (var s = 0; s < segments; s++)
        {
            int end = Math.Min(FontFile.ReadU16(data, ends + (2 * s)), (ushort)0xFFFE);
            int start = FontFile.ReadU16(data, starts + (2 * s));
            codes += Math.Max(0, end - start + 1);
        }

        return codes;
    }

    private static int CodesOfFormat12(byte[] data, int at)
    {
        var groups = FontFile.ReadU32(data, at + 12);
        var codes = 0L;
        for (var g = 0; g < groups && codes < MostCodesAhead; g++)
        {
            var group = at + 16 + (12 * g);
            codes += Math.Max(0, (long)Math.Min(FontFile.ReadU32(data, group + 4), 0x10FFFF) - FontFile.ReadU32(data, group) + 1);
        }

        return (int)Math.Min(codes, MostCodesAhead);
    }

    private static void ReadFormat4(byte[] data, int at, Dictionary<int, ushort> map)
    {
        var segments = FontFile.ReadU16(data, at + 6) / 2;
        var ends = at + 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            int end = FontFile.ReadU16(data, ends + (2 * s));
            int start = FontFile.ReadU16(data, starts + (2 * s));
            var delta = FontFile.ReadI16(data, deltas + (2 * s));
            var rangeAt = rangeOffsets + (2 * s);
            int rangeOffset = FontFile.ReadU16(data, rangeAt);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var glyphAt = rangeAt + rangeOffset + (2 * (c - start));
                    glyph = FontFile.ReadU16(data, glyphAt);
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }

                if (glyph != 0)
                {
                    map[c] = (ushort)glyph;
                }
            }
        }
    }

    private static void ReadFormat12(byte[] data, int at, Dictionary<int, ushort> map)
    {
        var groups = FontFile.ReadU32(data, at + 12);
        for (var g = 0; g < groups; g++)
        {
            var group = at + 16 + (12 * g);
            var start = FontFile.ReadU32(data, group);
            var end = FontFile.ReadU32(data, group + 4);
            var glyph = FontFile.ReadU32(data, group + 8);
            for (var c = start; c <= end && c <= 0x10FFFF; c++)
            {
                var id = glyph + (c - start);
                if (id != 0 && id <= ushort.MaxValue)
                {
                    map[(int)c] = (ushort)id;
                }
            }
        }
    }
}
