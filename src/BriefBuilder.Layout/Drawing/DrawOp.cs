using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Layout;

namespace BriefBuilder.Layout.Drawing;

/// <summary>One thing to paint on a page, in page points (origin top-left, y down), with the structure node it belongs to
/// (null: an artifact). Layout produces these; only the PDF writer turns them into PDF content.</summary>
internal abstract record DrawOp(StructNode? Structure);

/// <summary>A run of text in one face and size, its baseline at Baseline; Angle (degrees, counter-clockwise) rotates it about
/// its start. BreakHyphen: its last character is a hyphen shown only because the line broke at a soft hyphen. The text is
/// most often a slice of its paragraph's, which saves a string a run.</summary>
internal sealed record TextOp(StructNode? Structure, double X, double Baseline, ReadOnlyMemory<char> Text, FontFace Face, double Size, Color Color,
    double Angle = 0, bool BreakHyphen = false)
    : DrawOp(Structure)
{
    public TextOp(StructNode? structure, double x, double baseline, string text, FontFace face, double size, Color color, double angle = 0)
        : this(structure, x, baseline, text.AsMemory(), face, size, color, angle)
    {
    }
}

internal sealed record LineOp(StructNode? Structure, double X1, double Y1, double X2, double Y2, Stroke Stroke) : DrawOp(Structure);

internal sealed record RectOp(StructNode? Structure, double X, double Y, double Width, double Height, Color? Fill, Stroke? Stroke) : DrawOp(Structure);

internal sealed record EllipseOp(StructNode? Structure, double CenterX, double CenterY, double RadiusX, double RadiusY, Color? Fill, Stroke? Stroke)
    : DrawOp(Structure);

internal sealed record PolygonOp(StructNode? Structure, IReadOnlyList<(double X, double Y)> Points, Color? Fill, Stroke? Stroke) : DrawOp(Structure);

internal sealed record ImageOp(StructNode? Structure, double X, double Y, double Width, double Height, byte[] Data) : DrawOp(Structure);

/// <summary>A clickable area; the text drawn after it with the same structure node is the link's content.</summary>
internal sealed record LinkOp(StructNode? Structure, double X, double Y, double Width, double Height, LinkTarget Target, string Description)
    : DrawOp(Structure);

/// <summary>A structure element placed here whether or not content of its own follows (a table cell, even an empty one,
/// so that every row has as many cells as its header).</summary>
internal sealed record ElementOp(StructNode? Structure) : DrawOp(Structure);

/// <summary>Opens a figure (image or canvas) with its bounding box, so the writer can tag it with alt text and a BBox.</summary>
internal sealed record FigureOp(StructNode? Structure, double X, double Y, double Width, double Height) : DrawOp(Structure);
