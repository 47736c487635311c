using System.Globalization;
using System.Text;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>Undoes the `_xHHHH_` escapes that spreadsheet XML uses for characters XML cannot hold, such as a
/// carriage return written `_x000D_` (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).</summary>
internal static class EscapedText
{
    public static string Decode(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsEscape(text, i) && ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 6;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static bool IsEscape(string text, int i) =>
        i + 6 < text.Length && text[i] == '_' && text[i + 1] == 'x' && text[i + 6] == '_';
}
