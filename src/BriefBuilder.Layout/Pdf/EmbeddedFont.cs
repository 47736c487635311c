using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using BriefBuilder.Layout.Fonts;

namespace BriefBuilder.Layout.Pdf;

/// <summary>One face as the PDF shows it: a Type 0 font with Identity-H encoding over a CIDFontType2 whose character
/// IDs are glyph indices (ISO 32000-1 9.7). Text is encoded as it is drawn, recording each glyph and the character it
/// shows; at the end the font program is subset to those glyphs and written with their widths and a ToUnicode map, so
/// text can be searched and copied.</summary>
internal sealed class EmbeddedFont(FontFace face, string resource, int number)
{
    private readonly Dictionary<ushort, int> _characters = [];

    /// <summary>The name pages use for it in their resources (/F1, /F2, …).</summary>
    public string Resource { get; } = resource;

    public int Number { get; } = number;

    /// <summary>The glyphs that show <paramref name="text"/>, in order, into <paramref name="glyphs"/> (cleared first).</summary>
    public void Encode(ReadOnlySpan<char> text, List<ushort> glyphs)
    {
        glyphs.Clear();
        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = face.Glyph(rune.Value);
            glyphs.Add(glyph);
            _characters.TryAdd(glyph, rune.Value);
        }
    }

    public void Write(PdfFile file)
    {
        var program = face.Program();
        var tables = new FontTables(program);
        var used = _characters.Keys.Order().ToList();
        var subset = TrueTypeSubset.Create(program, used);
        var name = Tag(subset) + "+" + PostScriptName(program, tables);
        var (descendant, descriptor, fontFile, toUnicode) = (file.Reserve(), file.Reserve(), file.Reserve(), file.Reserve());

        file.Begin(Number).Raw("<</Type/Font/Subtype/Type0/BaseFont").Name(name).Raw("/Encoding/Identity-H/DescendantFonts[")
            .Ref(descendant).Raw("]/ToUnicode ").Ref(toUnicode).Raw(">>");
        file.End();

        var cid = file.Begin(descendant).Raw("<</Type/Font/Subtype/CIDFontType2/BaseFont").Name(name)
            .Raw("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ").Ref(descriptor)
            .Raw("/CIDToGIDMap/Identity/W[");
        Widths(cid, used);
        cid.Raw("]>>");
        file.End();

        Descriptor(file.Begin(descriptor), name, program, tables, fontFile);
        file.End();
        file.Stream(fontFile, subset, d => d.Raw("/Length1 ").Int(subset.Length));
        file.Stream(toUnicode, Encoding.ASCII.GetBytes(ToUnicodeMap.Write(_characters)));
    }

    // Runs of consecutive glyphs share one entry: first [w1 w2 …] (9.7.4.3).
    private void Widths(PdfBuffer w, List<ushort> glyphs)
    {
        for (var i = 0; i < glyphs.Count;)
        {
            var run = i + 1;
            while (run < glyphs.Count && glyphs[run] == glyphs[run - 1] + 1)
            {
                run++;
            }

            w.Int(glyphs[i]).Byte((byte)'[');
            for (var g = i; g < run; g++)
            {
                w.N(face.GlyphWidth(glyphs[g]));
            }

            w.Byte((byte)']');
            i = run;
        }
    }

    private void Descriptor(PdfBuffer d, string name, byte[] program, FontTables tables, int fontFile)
    {
        var head = tables["head"].Offset;
        var unitsPerEm = (double)BinaryPrimitives.ReadUInt16BigEndian(program.AsSpan(head + 18));
        double Scaled(int at) => Math.Round(BinaryPrimitives.ReadInt16BigEndian(program.AsSpan(at)) * 1000 / unitsPerEm);
        var italicAngle = tables.TryGet("post", out var post) ? BinaryPrimitives.ReadInt32BigEndian(program.AsSpan(post.Offset + 4)) / 65536.0 : 0;
        var fixedPitch = tables.Has("post") && BinaryPrimitives.ReadUInt32BigEndian(program.AsSpan(post.Offset + 12)) != 0;
        var capHeight = tables.TryGet("OS/2", out var os2) && BinaryPrimitives.ReadUInt16BigEndian(program.AsSpan(os2.Offset)) >= 2
            ? Scaled(os2.Offset + 88)
            : TopOfCapitalH(program, tables) is { } top ? Scaled(top) : Math.Round(face.Ascent * 1000);

        // Flags (9.8.2): 1 fixed pitch, 2 serif, 32 non-symbolic (Latin text), 64 italic.
        var serif = tables.TryGet("OS/2", out var style) && HasSerifs(program, style.Offset);
        var flags = 32 | (fixedPitch ? 1 : 0) | (serif ? 2 : 0) | (face.Italic ? 64 : 0);
        d.Raw("<</Type/FontDescriptor/FontName").Name(name).Raw("/Flags ").Int(flags).Raw("/FontBBox[")
            .N(Scaled(head + 36)).N(Scaled(head + 38)).N(Scaled(head + 40)).Number(Scaled(head + 42))
            .Raw("]/ItalicAngle ").Number(italicAngle).Raw("/Ascent ").Number(Math.Round(face.Ascent * 1000))
            .Raw("/Descent ").Number(-Math.Round(face.Descent * 1000)).Raw("/CapHeight ").Number(capHeight)
            .Raw("/StemV ").Int(face.Bold ? 120 : 80).Raw("/FontFile2 ").Ref(fontFile).Raw(">>");
    }

    // OS/2 sFamilyClass (at 30; its high byte 1-5 and 7 are serif classes) or, when it gives no class, the PANOSE
    // (at 32) of Latin text (family kind 2) with a serif style from 2 to 10 (11 and above are sans serif, flared, rounded).
    private static bool HasSerifs(byte[] program, int os2)
    {
        if (os2 + 34 > program.Length)
        {
            return false;
        }

        var familyClass = program[os2 + 30];
        if (familyClass != 0)
        {
            return familyClass is >= 1 and <= 5 or 7;
        }

        return program[os2 + 32] == 2 && program[os2 + 33] is >= 2 and <= 10;
    }

    // Before version 2, OS/2 has no cap height; the top of the outline of "H" (its yMax) is what it would say.
    private int? TopOfCapitalH(byte[] program, FontTables tables)
    {
        var glyph = face.Glyph('H');
        return glyph == 0 || !tables.Has("loca") || !tables.Has("glyf") ? null : tables.Outline(glyph).Offset + 8;
    }

    private static string PostScriptName(byte[] program, FontTables tables)
    {
        var name = tables.TryGet("name", out var table) ? FontFile.ReadName(program, table.Offset, 6) : null;
        var clean = new string((name ?? "Font").Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
        return clean.Length > 0 ? clean : "Font";
    }

    // A subset tag is six upper-case letters (9.6.4); derived from the subset itself, so the same glyphs give the same name.
    private static string Tag(byte[] subset)
    {
        var hash = SHA256.HashData(subset);
        return string.Concat(hash.Take(6).Select(b => (char)('A' + (b % 26))));
    }
}
