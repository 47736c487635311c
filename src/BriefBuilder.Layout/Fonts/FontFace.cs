namespace BriefBuilder.Layout.Fonts;

/// <summary>One font file's face: its family and style, vertical metrics and per-character advances (in em, cached).
/// Immutable once made, so the installed faces can serve every build at once.</summary>
internal sealed class FontFace
{
    private readonly Dictionary<int, ushort> _glyphs;
    private readonly ushort[] _advances;
    private readonly double _unitsPerEm;
    private readonly byte[]? _program;

    /// <param name="program">The font file's bytes, when they are kept (a file a document names); else the file is read
    /// again when the PDF embeds it.</param>
    public FontFace(string path, string family, bool bold, bool italic, int weight, int unitsPerEm, int ascender, int descender, int lineGap,
        Dictionary<int, ushort> glyphs, ushort[] advances, byte[]? program = null)
    {
        _program = program;
        Path = path;
        Family = family;
        Bold = bold;
        Italic = italic;
        Weight = weight;
        _unitsPerEm = unitsPerEm;
        Ascent = ascender / _unitsPerEm;
        Descent = descender / _unitsPerEm;
        LineGap = lineGap / _unitsPerEm;
        _glyphs = glyphs;
        _advances = advances;
    }

    /// <summary>The file the face was read from.</summary>
    public string Path { get; }

    public string Family { get; }

    public bool Bold { get; }

    public bool Italic { get; }

    public int Weight { get; }

    /// <summary>Height above the baseline, as a fraction of the font size.</summary>
    public double Ascent { get; }

    /// <summary>Depth below the baseline (positive), as a fraction of the font size.</summary>
    public double Descent { get; }

    public double LineGap { get; }

    /// <summary>The font program the PDF embeds: the bytes kept for a named file, the file read again for an installed one.</summary>
    public byte[] Program() => _program ?? File.ReadAllBytes(Path);

    public bool Has(int codePoint) => _glyphs.ContainsKey(codePoint);

    /// <summary>The glyph index the font maps a character to; 0 (.notdef) when it has none.</summary>
    public ushort Glyph(int codePoint) => _glyphs.TryGetValue(codePoint, out var glyph) ? glyph : (ushort)0;

    /// <summary>A glyph's advance width in thousandths of the font size (the unit of a PDF font's widths).</summary>
    public double GlyphWidth(ushort glyph) => _advances.Length == 0 ? 0 : _advances[Math.Min(glyph, _advances.Length - 1)] * 1000 / _unitsPerEm;

    /// <summary>The advance width of a character, as a fraction of the font size (0 when the face has no glyph for it).</summary>
    public double Advance(int codePoint)
    {
        if (!_glyphs.TryGetValue(codePoint, out var glyph))
        {
            return 0;
        }

        var index = Math.Min(glyph, _advances.Length - 1);
        return _advances[index] / _unitsPerEm;
    }

    public override string ToString() => $"{Family}{(Bold ? " Bold" : "")}{(Italic ? " Italic" : "")} ({System.IO.Path.GetFileName(Path)})";
}
