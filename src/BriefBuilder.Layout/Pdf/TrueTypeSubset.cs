using System.Buffers.Binary;
using System.Text;
using BriefBuilder.Layout.Fonts;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Cuts a TrueType font down to the glyphs a document shows (and the components of composite glyphs), keeping
/// every glyph at its index so the PDF can map character IDs to glyphs one to one (CIDToGIDMap /Identity). Unused glyphs
/// become empty outlines with zero metrics; the tables a PDF font program needs (ISO 32000-1 9.9: head, hhea, loca, maxp,
/// cvt, prep, glyf, hmtx, fpgm) are kept, with OS/2; the rest are dropped.</summary>
internal static class TrueTypeSubset
{
    private static readonly string[] Kept = ["OS/2", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"];

    public static byte[] Create(byte[] font, IReadOnlyCollection<ushort> used)
    {
        var tables = new FontTables(font);
        var glyphCount = tables.GlyphCount;

        var keep = new bool[glyphCount];
        var pending = new Stack<int>(used.Where(g => g < glyphCount).Select(g => (int)g).Append(0));
        while (pending.TryPop(out var g))
        {
            if (keep[g])
            {
                continue;
            }

            keep[g] = true;
            var (at, length) = tables.Outline(g);
            foreach (var component in Components(font.AsSpan(at, length)))
            {
                if (component < glyphCount)
                {
                    pending.Push(component);
                }
            }
        }

        var newGlyf = new MemoryStream();
        var newLoca = new byte[4 * (glyphCount + 1)];
        for (var g = 0; g < glyphCount; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)newGlyf.Length);
            if (keep[g])
            {
                var (at, length) = tables.Outline(g);
                newGlyf.Write(font, at, length);
                while (newGlyf.Length % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * glyphCount), (uint)newGlyf.Length);

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var tag in Kept.Where(tables.Has))
        {
            var (offset, length) = tables[tag];
            output[tag] = font.AsSpan(offset, length).ToArray();
        }

        output["glyf"] = newGlyf.ToArray();
        output["loca"] = newLoca;
        BinaryPrimitives.WriteInt16BigEndian(output["head"].AsSpan(50), 1);
        BinaryPrimitives.WriteUInt32BigEndian(output["head"].AsSpan(8), 0);
        ClearUnusedMetrics(output["hmtx"], BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["hhea"].Offset + 34)), keep);
        return Assemble(output);
    }

    // Composite glyphs (numberOfContours < 0) list their components with flags saying how many argument and scale bytes follow.
    private static List<int> Components(ReadOnlySpan<byte> glyph)
    {
        var components = new List<int>();
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return components;
        }

        var at = 10;
        while (at + 4 <= glyph.Length)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]));
            at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            at += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
            if ((flags & 0x0020) == 0)
            {
                break;
            }
        }

        return components;
    }

    // Zeroed metrics of glyphs nobody shows compress to almost nothing; the PDF's /W array carries the widths anyway.
    private static void ClearUnusedMetrics(byte[] hmtx, int longMetrics, bool[] keep)
    {
        for (var g = 0; g < keep.Length; g++)
        {
            var at = g < longMetrics ? 4 * g : (4 * longMetrics) + (2 * (g - longMetrics));
            var size = g < longMetrics ? 4 : 2;
            if (!keep[g] && at + size <= hmtx.Length)
            {
                hmtx.AsSpan(at, size).Clear();
            }
        }
    }

    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        var headerLength = 12 + (16 * count);
        var length = headerLength + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var font = new byte[length];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)((count * 16) - (power * 16)));
        var entry = 12;
        var offset = headerLength;
        var headAt = 0;
        foreach (var (tag, data) in tables)
        {
            Encoding.ASCII.GetBytes(tag, font.AsSpan(entry));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(entry + 4), Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(entry + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(entry + 12), (uint)data.Length);
            data.CopyTo(font.AsSpan(offset));
            headAt = tag == "head" ? offset : headAt;
            entry += 16;
            offset += (data.Length + 3) & ~3;
        }

        // OpenType 'head': checkSumAdjustment makes the whole font's checksum 0xB1B0AFBA.
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headAt + 8), unchecked(0xB1B0AFBA - Checksum(font)));
        return font;
    }

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var j = 0; j < 4; j++)
            {
                word = (word << 8) | (i + j < data.Length ? data[i + j] : 0u);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }
}
