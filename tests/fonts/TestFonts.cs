using System.Buffers.Binary;
using System.Text;

namespace BriefBuilder.Tests.Fonts;

/// <summary>Font files made at test time from the DejaVu fonts of a fresh Debian machine (fonts-dejavu-core), so that
/// no font file is committed. Compiled into each test project that needs them.</summary>
internal static class TestFonts
{
    public const string DejaVuFolder = "/usr/share/fonts/truetype/dejavu";

    /// <summary>DejaVu Serif Bold's outlines and widths declared as DejaVu Serif's regular face (weight 400, no bold flag),
    /// its checksums made good: a sound font that a document naming it sets its serif text in, so any page it reached
    /// would change.</summary>
    public static string BoldSerifAsRegular(string target)
    {
        var font = File.ReadAllBytes(Path.Combine(DejaVuFolder, "DejaVuSerif-Bold.ttf"));
        var head = Table(font, "head").Offset;
        var os2 = Table(font, "OS/2").Offset;
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(head + 44), (ushort)(BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(head + 44)) & ~1));
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(os2 + 4), 400);
        var selection = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(os2 + 62));
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(os2 + 62), (ushort)((selection & ~0x20) | 0x40));
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(head + 8), 0);
        Resum(font, "head");
        Resum(font, "OS/2");
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(head + 8), 0xB1B0AFBA - Sum(font));
        File.WriteAllBytes(target, font);
        return target;
    }

    /// <summary>DejaVu Sans Bold (the family and face of headings) with one byte of its glyph outlines changed: every table
    /// still lies where the directory says, but glyf no longer matches its checksum.</summary>
    public static string Damaged(string target)
    {
        var font = File.ReadAllBytes(Path.Combine(DejaVuFolder, "DejaVuSans-Bold.ttf"));
        var (offset, length) = Table(font, "glyf");
        font[offset + (length / 2)] ^= 0x5A;
        File.WriteAllBytes(target, font);
        return target;
    }

    /// <summary>The first half of DejaVu Sans Bold, as a download cut short leaves it.</summary>
    public static string CutShort(string target)
    {
        var font = File.ReadAllBytes(Path.Combine(DejaVuFolder, "DejaVuSans-Bold.ttf"));
        File.WriteAllBytes(target, font[..(font.Length / 2)]);
        return target;
    }

    // The table directory (OpenType spec): a 12-byte header, then 16 bytes a table: tag, checksum, offset, length.
    private static int Entry(byte[] font, string tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            if (Encoding.ASCII.GetString(font, 12 + (16 * i), 4) == tag)
            {
                return 12 + (16 * i);
            }
        }

        throw new InvalidOperationException($"No '{tag}' table.");
    }

    /// <summary>Where a table lies in a font file's bytes, from its table directory.</summary>
    public static (int Offset, int Length) Table(byte[] font, string tag)
    {
        var entry = Entry(font, tag);
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(entry + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(entry + 12)));
    }

    private static void Resum(byte[] font, string tag)
    {
        var (offset, length) = Table(font, tag);
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(Entry(font, tag) + 4), Sum(font.AsSpan(offset, length)));
    }

    // Big-endian 32-bit words, the last padded with zeros.
    private static uint Sum(ReadOnlySpan<byte> bytes)
    {
        uint sum = 0;
        Span<byte> word = stackalloc byte[4];
        for (var i = 0; i < bytes.Length; i += 4)
        {
            word.Clear();
            bytes[i..Math.Min(i + 4, bytes.Length)].CopyTo(word);
            sum += BinaryPrimitives.ReadUInt32BigEndian(word);
        }

        return sum;
    }
}
