using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Pdf;

/// <summary>One page's content stream (ISO 32000-1 8 and 9): paths, text and images in page points with the origin at
/// the top left, turned into PDF's bottom-left space. Colours, line width, dashes and the font are set only when they
/// change, so a page of text repeats no state.</summary>
internal sealed class PageContent
{
    // Four Béziers approximate a quarter circle each with control points at this fraction of the radius.
    private const double Kappa = 0.5522847498;
    private readonly PdfBuffer _ops = new(16 * 1024);
    private Color? _fill;
    private Color? _stroke;
    private double _lineWidth = 1;
    private IReadOnlyList<double>? _dash;
    private (string Resource, double Size)? _font;
    private double _pageHeight;

    public ReadOnlySpan<byte> Bytes => _ops.Written;

    /// <summary>Starts the next page's stream (the buffer is reused), with the graphics state at its defaults.</summary>
    public void Start(double height)
    {
        _ops.Clear();
        (_fill, _stroke, _lineWidth, _dash, _font) = (null, null, 1, null, null);
        _pageHeight = height;
    }

    /// <summary>Glyph indices shown from (x, baseline), optionally rotated counter-clockwise about that point. With
    /// <paramref name="breakHyphen"/>, the last glyph is a hyphen shown only because the line broke there: it is marked
    /// as standing for a soft hyphen (ISO 32000-1 14.8.2.2.3), so text extraction and screen readers join the word.</summary>
    public void Text(string fontResource, double size, Color color, double x, double baseline, ReadOnlySpan<ushort> glyphs, double angle, bool breakHyphen = false)
    {
        Fill(color);
        _ops.Raw("BT\n");
        if (_font is not { } font || font.Resource != fontResource || font.Size != size)
        {
            _ops.Name(fontResource).Byte((byte)' ').N(size).Raw("Tf\n");
            _font = (fontResource, size);
        }

        if (angle == 0)
        {
            _ops.Raw("1 0 0 1 ");
        }
        else
        {
            var radians = angle * Math.PI / 180;
            var (sin, cos) = Math.SinCos(radians);
            _ops.N(cos).N(sin).N(-sin).N(cos);
        }

        _ops.N(x).N(_pageHeight - baseline).Raw("Tm\n");
        var hyphenated = breakHyphen && glyphs.Length > 0;
        Show(hyphenated ? glyphs[..^1] : glyphs);
        if (hyphenated)
        {
            _ops.Raw("/Span<</ActualText<FEFF00AD>>>BDC\n");
            Show(glyphs[^1..]);
            _ops.Raw("EMC\n");
        }

        _ops.Raw("ET\n");
    }

    private void Show(ReadOnlySpan<ushort> glyphs)
    {
        if (glyphs.IsEmpty)
        {
            return;
        }

        _ops.Codes16(glyphs).Raw("Tj\n");
    }

    public void Line(double x1, double y1, double x2, double y2, Stroke stroke)
    {
        Stroke(stroke);
        _ops.N(x1).N(_pageHeight - y1).Raw("m ").N(x2).N(_pageHeight - y2).Raw("l S\n");
    }

    public void Rectangle(double x, double y, double width, double height, Color? fill, Stroke? stroke)
    {
        if (Prepare(fill, stroke) is not { } paint)
        {
            return;
        }

        _ops.N(x).N(_pageHeight - y - height).N(width).N(height).Raw("re ").Raw(paint).Byte((byte)'\n');
    }

    public void Ellipse(double cx, double cy, double rx, double ry, Color? fill, Stroke? stroke)
    {
        if (Prepare(fill, stroke) is not { } paint)
        {
            return;
        }

        var y = _pageHeight - cy;
        var (kx, ky) = (rx * Kappa, ry * Kappa);
        _ops.N(cx + rx).N(y).Raw("m ");
        Curve(cx + rx, y + ky, cx + kx, y + ry, cx, y + ry);
        Curve(cx - kx, y + ry, cx - rx, y + ky, cx - rx, y);
        Curve(cx - rx, y - ky, cx - kx, y - ry, cx, y - ry);
        Curve(cx + kx, y - ry, cx + rx, y - ky, cx + rx, y);
        _ops.Raw("h ").Raw(paint).Byte((byte)'\n');
    }

    /// <summary>A closed polygon, filled by the non-zero winding rule.</summary>
    public void Polygon(IReadOnlyList<(double X, double Y)> points, Color? fill, Stroke? stroke)
    {
        if (points.Count < 2 || Prepare(fill, stroke) is not { } paint)
        {
            return;
        }

        _ops.N(points[0].X).N(_pageHeight - points[0].Y).Raw("m ");
        for (var i = 1; i < points.Count; i++)
        {
            _ops.N(points[i].X).N(_pageHeight - points[i].Y).Raw("l ");
        }

        _ops.Raw("h ").Raw(paint).Byte((byte)'\n');
    }

    public void Image(string resource, double x, double y, double width, double height)
    {
        _ops.Raw("q ").N(width).Raw("0 0 ").N(height).N(x).N(_pageHeight - y - height).Raw("cm ").Name(resource).Raw(" Do Q\n");
    }

    /// <summary>Opens marked content tagged for the structure tree (14.7.4.2).</summary>
    public void BeginTagged(string tag, int mcid) => _ops.Name(tag).Raw("<</MCID ").Int(mcid).Raw(">>BDC\n");

    /// <summary>Opens an artifact (14.8.2.2); with a subtype it is typed as pagination (Header, Footer, Watermark).</summary>
    public void BeginArtifact(string? paginationSubtype)
    {
        if (paginationSubtype is null)
        {
            _ops.Raw("/Artifact BMC\n");
            return;
        }

        _ops.Raw("/Artifact <</Type /Pagination /Subtype ").Name(paginationSubtype).Raw(">> BDC\n");
    }

    public void EndMarked() => _ops.Raw("EMC\n");

    private void Curve(double x1, double y1, double x2, double y2, double x3, double y3) =>
        _ops.N(x1).N(y1).N(x2).N(y2).N(x3).N(y3).Raw("c ");

    // The painting operator for a path with this fill and stroke: f (fill), S (stroke), B (both); null when neither.
    private string? Prepare(Color? fill, Stroke? stroke)
    {
        if (fill is { } color)
        {
            Fill(color);
        }

        if (stroke is not null)
        {
            Stroke(stroke);
        }

        return (fill, stroke) switch
        {
            (not null, not null) => "B",
            (not null, null) => "f",
            (null, not null) => "S",
            _ => null,
        };
    }

    private void Fill(Color color)
    {
        if (_fill != color)
        {
            Rgb(color).Raw("rg\n");
            _fill = color;
        }
    }

    private void Stroke(Stroke stroke)
    {
        if (_stroke != stroke.Color)
        {
            Rgb(stroke.Color).Raw("RG\n");
            _stroke = stroke.Color;
        }

        if (_lineWidth != stroke.Thickness)
        {
            _ops.N(stroke.Thickness).Raw("w\n");
            _lineWidth = stroke.Thickness;
        }

        var dash = stroke.Dash is { Count: > 0 } d ? d : null;
        if (!SameDash(_dash, dash))
        {
            _ops.Byte((byte)'[');
            foreach (var length in dash ?? [])
            {
                _ops.N(length);
            }

            _ops.Raw("]0 d\n");
            _dash = dash;
        }
    }

    private PdfBuffer Rgb(Color color) => _ops.N(color.R / 255.0).N(color.G / 255.0).N(color.B / 255.0);

    private static bool SameDash(IReadOnlyList<double>? a, IReadOnlyList<double>? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.SequenceEqual(b));
}
