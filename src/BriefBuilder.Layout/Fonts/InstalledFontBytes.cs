using System.Buffers.Binary;

namespace BriefBuilder.Layout.Fonts;

/// <summary>An installed font file's bytes as far as the scan of the installed fonts reads them: the header, the table
/// directory and the tables a face is measured and checked with, each at its place in an array as long as the file. The
/// outlines (glyf) and the layout and hinting tables, most of a font's bytes, stay on disk until a PDF embeds the font.</summary>
internal static class InstalledFontBytes
{
    // What FontFile and FontDamage read of an installed font: names and style, metrics, advances, the character map, and
    // the glyph count and outline offsets that damage is found from.
    private static readonly HashSet<string> Read = new(["head", "hhea", "hmtx", "maxp", "loca", "cmap", "name", "OS/2"], StringComparer.Ordinal);

    /// <summary>The file's length in bytes, those of the tables read filled in and the rest zero. A file that is not a
    /// TrueType font (CFF outlines, a collection) gets its first twelve bytes only, which say so.</summary>
    public static byte[] Of(string path)
    {
        using var file = File.OpenHandle(path);
        var length = RandomAccess.GetLength(file);
        if (length > Array.MaxLength)
        {
            throw new IOException($"{path} is too large to be a font.");
        }

        var data = new byte[length];
        var header = Fill(file, data, 0, Math.Min(12, data.Length));
        if (header < 12 || !FontFile.HasTrueTypeOutlines(BinaryPrimitives.ReadUInt32BigEndian(data)))
        {
            return data;
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        Fill(file, data, 12, (int)Math.Min(data.Length - 12, 16L * count));
        var tables = new FontTables(data);
        foreach (var tag in tables.InFileOrder)
        {
            var (offset, size) = tables[tag];
            // A table past the end is left unread: FontDamage says the file is cut short.
            if (Read.Contains(tag) && offset >= 0 && size >= 0 && (long)offset + size <= data.Length)
            {
                Fill(file, data, offset, size);
            }
        }

        return data;
    }

    private static int Fill(Microsoft.Win32.SafeHandles.SafeFileHandle file, byte[] data, int offset, int count)
    {
        var done = 0;
        while (done < count)
        {
            var read = RandomAccess.Read(file, data.AsSpan(offset + done, count - done), offset + done);
            if (read == 0)
            {
                break;
            }

            done += read;
        }

        return done;
    }
}
