using System.Buffers.Binary;
using System.Text;
using BriefBuilder.Layout.Fonts;

namespace BriefBuilder.Layout.Tests.Fonts;

/// <summary>A TrueType file's table directory read back: the tables in the order they lie in the file, which damage
/// is looked for in and the scan reads them in.</summary>
public sealed class FontTablesTests
{
    [Fact]
    public void Tables_are_listed_by_their_place_in_the_file_then_by_tag_and_a_repeated_tag_once_at_its_last_place()
    {
        var font = Header(("name", 300), ("glyf", 200), ("head", 100), ("cmap", 100), ("post", 400), ("cmap", 50));

        var tables = new FontTables(font);

        Assert.Equal(["cmap", "head", "glyf", "name", "post"], tables.InFileOrder);
        Assert.Equal((50, 10), tables["cmap"]);
    }

    [Fact]
    public void A_directory_cut_short_lists_the_entries_the_file_holds()
    {
        var whole = Header(("head", 100), ("cmap", 60));

        var tables = new FontTables(whole[..^16]);

        Assert.Equal(["head"], tables.InFileOrder);
    }

    // A TrueType header and directory only: each table of ten bytes at the offset given, in the order given.
    private static byte[] Header(params (string Tag, int Offset)[] entries)
    {
        var font = new byte[12 + (16 * entries.Length)];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = font.AsSpan(12 + (16 * i));
            Encoding.ASCII.GetBytes(entries[i].Tag, entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)entries[i].Offset);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], 10);
        }

        return font;
    }
}
