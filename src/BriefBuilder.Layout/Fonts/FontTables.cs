using System.Buffers.Binary;
using System.Text;

namespace BriefBuilder.Layout.Fonts;

/// <summary>A TrueType file's table directory, and where each glyph's outline lies in it (OpenType spec: the table
/// directory, head.indexToLocFormat, loca, glyf). Read by the engine's measuring and by the PDF writer's subsetting.</summary>
internal sealed class FontTables
{
    private readonly byte[] _font;
    private readonly Dictionary<string, (int Offset, int Length)> _tables;
    private readonly Dictionary<string, uint> _checksums;

    public FontTables(byte[] font)
    {
        _font = font;
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        _tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        _checksums = new Dictionary<string, uint>(StringComparer.Ordinal);
        for (var i = 0; i < count && 12 + (16 * i) + 16 <= font.Length; i++)
        {
            var entry = 12 + (16 * i);
            var tag = Encoding.ASCII.GetString(font, entry, 4);
            _checksums[tag] = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(entry + 4));
            _tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(entry + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(entry + 12)));
        }
    }

    /// <summary>Every table, by tag: where it starts in the file and how long it is.</summary>
    public IReadOnlyDictionary<string, (int Offset, int Length)> All => _tables;

    /// <summary>The checksum the table directory records for a table.</summary>
    public uint Checksum(string tag) => _checksums[tag];

    public bool Has(string tag) => _tables.ContainsKey(tag);

    public bool TryGet(string tag, out (int Offset, int Length) table) => _tables.TryGetValue(tag, out table);

    public (int Offset, int Length) this[string tag] => _tables[tag];

    /// <summary>How many glyphs the font has (maxp.numGlyphs).</summary>
    public int GlyphCount => BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(_tables["maxp"].Offset + 4));

    /// <summary>Where a glyph's outline lies in the file, through loca in its short or long form; an empty glyph has length 0.</summary>
    public (int Offset, int Length) Outline(int glyph)
    {
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(_font.AsSpan(_tables["head"].Offset + 50)) == 1;
        var loca = _tables["loca"].Offset;
        int Start(int g) => longOffsets
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(_font.AsSpan(loca + (4 * g)))
            : 2 * BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(loca + (2 * g)));
        var start = Start(glyph);
        return (_tables["glyf"].Offset + start, Start(glyph + 1) - start);
    }
}
