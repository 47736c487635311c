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
        var tags = new List<string>(count);
        for (var i = 0; i < count && 12 + (16 * i) + 16 <= font.Length; i++)
        {
            var entry = 12 + (16 * i);
            var tag = Encoding.ASCII.GetString(font, entry, 4);
            if (!_tables.ContainsKey(tag))
            {
                tags.Add(tag);
            }

            _checksums[tag] = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(entry + 4));
            _tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(entry + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(entry + 12)));
        }

        // Sorted as strings with a comparer, not as (tag, place) pairs through LINQ: generic code over those pairs is
        // compiled at first use in every process, 30 methods of the installed fonts' scan.
        var ordered = tags.ToArray();
        Array.Sort(ordered, new ByPlace(_tables));
        InFileOrder = ordered;
    }

    /// <summary>Every table's tag, in the order the tables lie in the file (by offset, then tag); a tag the directory
    /// repeats is listed once, at its last entry's place.</summary>
    public IReadOnlyList<string> InFileOrder { get; }

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

    private sealed class ByPlace(Dictionary<string, (int Offset, int Length)> tables) : IComparer<string>
    {
        public int Compare(string? x, string? y)
        {
            var byOffset = tables[x!].Offset.CompareTo(tables[y!].Offset);
            return byOffset != 0 ? byOffset : string.CompareOrdinal(x, y);
        }
    }
}
