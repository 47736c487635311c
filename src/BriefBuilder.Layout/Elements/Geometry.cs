using System.Globalization;

namespace BriefBuilder.Layout.Elements;

/// <summary>Four distances in points, clockwise from the top.</summary>
public readonly record struct Edges(double Top, double Right, double Bottom, double Left)
{
    public static Edges All(double value) => new(value, value, value, value);

    public static Edges Symmetric(double vertical, double horizontal) => new(vertical, horizontal, vertical, horizontal);

    public static Edges None => default;
}

/// <summary>An sRGB colour.</summary>
public readonly record struct Color(byte R, byte G, byte B)
{
    public static Color Black => new(0, 0, 0);

    public static Color White => new(255, 255, 255);

    /// <summary>Reads `#RRGGBB` or `RRGGBB`; returns false for anything else.</summary>
    public static bool TryParseHex(string? text, out Color color)
    {
        color = default;
        var hex = text?.Trim().TrimStart('#');
        if (hex is null || hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        color = new Color((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }

    public string ToHex() => $"#{R:X2}{G:X2}{B:X2}";
}

/// <summary>Rules on the sides of a box, each with its own thickness (0 for none).</summary>
public sealed record Border(Color Color, Edges Thickness);
