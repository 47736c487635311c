using System.Text;

namespace BriefBuilder.Composition.Bibliography.Entries;

/// <summary>Typographic quotation marks and apostrophes, in the language's marks, alternating as quotations nest (CMOS 6.9, 13.30).</summary>
internal static class Typography
{
    /// <summary>
    /// Turns straight and curly double quotes into the language's marks for <paramref name="depth"/> (inside a
    /// quotation, depth odd, the inner pair) and straight single quotes into apostrophes.
    /// </summary>
    public static string Curl(string text, int depth, QuotationMarks marks)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var opening = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '\u2013';
            switch (c)
            {
                case '"':
                    result.Append(opening ? marks.OpenAt(depth) : marks.CloseAt(depth));
                    break;
                case '\u201C':
                    result.Append(marks.OpenAt(depth));
                    break;
                case '\u201D':
                    result.Append(marks.CloseAt(depth));
                    break;
                case '\'':
                    result.Append('\u2019');
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }
}
