using System.Globalization;

namespace BriefBuilder.Composition.Templates;

/// <summary>Lengths as templates write them ("20mm", "0.75in", "2cm", "54pt"), converted to PDF points.</summary>
public static class Length
{
    private static readonly (string Unit, double Points)[] Units =
    [
        ("mm", 72 / 25.4), ("cm", 72 / 2.54), ("in", 72), ("pt", 1),
    ];

    public static double FromMillimetres(double millimetres) => millimetres * 72 / 25.4;

    /// <summary>Reads a number followed by mm, cm, in or pt; null when the text is not such a length.</summary>
    public static double? TryParse(string text)
    {
        var trimmed = text.Trim();
        foreach (var (unit, points) in Units)
        {
            if (trimmed.EndsWith(unit, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(trimmed[..^unit.Length].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value >= 0 && double.IsFinite(value))
            {
                return value * points;
            }
        }

        return null;
    }
}
