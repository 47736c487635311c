namespace BriefBuilder.Layout.Elements;

/// <summary>A raster picture (PNG or JPEG). With one dimension given, the other follows the aspect ratio. Tagged Figure.</summary>
public sealed record Image(byte[] Data, string AltText, double? Width = null, double? Height = null) : Element;

/// <summary>Vector drawing in a box of its own (points, origin top-left, y down). Tagged Figure with its alt text; with
/// an empty alt text it is decoration (a legend's swatch beside its label), an artifact.</summary>
public sealed record Canvas(double Width, double Height, IReadOnlyList<Shape> Shapes, string AltText) : Element;

/// <summary>Something drawn on a <see cref="Canvas"/>.</summary>
public abstract record Shape;

/// <summary>A stroke's colour, thickness and optional dash pattern (on, off lengths in points).</summary>
public sealed record Stroke(Color Color, double Thickness = 0.5, IReadOnlyList<double>? Dash = null);

public sealed record LineShape(double X1, double Y1, double X2, double Y2, Stroke Stroke) : Shape;

public sealed record RectangleShape(double X, double Y, double Width, double Height, Color? Fill = null, Stroke? Stroke = null) : Shape;

public sealed record EllipseShape(double CenterX, double CenterY, double RadiusX, double RadiusY, Color? Fill = null, Stroke? Stroke = null) : Shape;

public sealed record PolygonShape(IReadOnlyList<(double X, double Y)> Points, Color? Fill = null, Stroke? Stroke = null) : Shape;

/// <summary>A single line of text placed with its baseline at Y; X is its left, centre or right edge per Alignment.</summary>
public sealed record LabelShape(double X, double Y, string Text, TextStyle Style, TextAlignment Alignment = TextAlignment.Left) : Shape;
