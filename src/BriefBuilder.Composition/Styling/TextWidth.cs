using System.Globalization;

namespace BriefBuilder.Composition.Styling;

/// <summary>Estimates of printed width where the composer must size things before layout (date columns, chart labels).
/// Advances approximate DejaVu Sans, the default label face, and err on the wide side.</summary>
public static class TextWidth
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>The estimated width in points of a single line of text.</summary>
    public static double Of(string text, double size)
    {
        var ems = 0.0;
        foreach (var c in text)
        {
            ems += Advance(c);
        }

        return ems * size * 1.04;
    }

    /// <summary>The widest part of the text that cannot break across lines (words joined by no-break spaces stay together).</summary>
    public static double WidestUnbreakable(string text, double size) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(part => Of(part, size)).DefaultIfEmpty(0).Max();

    private static double Advance(char c) => c switch
    {
        ' ' or NoBreakSpace or '\u202F' => 0.32,
        '.' or ',' or ':' or ';' or '\'' or '|' or '!' or 'i' or 'l' or 'j' => 0.3,
        'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' => 0.4,
        'm' or 'w' or 'M' or 'W' or '—' or '%' => 0.95,
        '–' => 0.5,
        _ when char.IsDigit(c) => 0.64,
        _ when char.IsUpper(c) => 0.72,
        _ when char.GetUnicodeCategory(c) == UnicodeCategory.LowercaseLetter || char.IsLetter(c) => 0.61,
        _ => 0.6,
    };
}
