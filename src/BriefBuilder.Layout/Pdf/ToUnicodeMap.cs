using System.Globalization;
using System.Text;

namespace BriefBuilder.Layout.Pdf;

/// <summary>The ToUnicode CMap of a font shown by glyph index (ISO 32000-1 9.10.3): each glyph to the character it
/// showed, in UTF-16BE, in blocks of at most 100 entries as the CMap syntax requires.</summary>
internal static class ToUnicodeMap
{
    public static string Write(IReadOnlyDictionary<ushort, int> characters)
    {
        var map = new StringBuilder();
        map.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = characters.OrderBy(c => c.Key).ToList();
        for (var i = 0; i < entries.Count; i += 100)
        {
            var block = entries.Skip(i).Take(100).ToList();
            map.Append(CultureInfo.InvariantCulture, $"{block.Count} beginbfchar\n");
            foreach (var (glyph, codePoint) in block)
            {
                map.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <");
                foreach (var unit in char.ConvertFromUtf32(codePoint))
                {
                    map.Append(CultureInfo.InvariantCulture, $"{(int)unit:X4}");
                }

                map.Append(">\n");
            }

            map.Append("endbfchar\n");
        }

        return map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").ToString();
    }
}
