using System.Text;

namespace BriefBuilder.Composition.Bibliography.Entries;

/// <summary>Typographic quotation marks and apostrophes, alternating double and single marks as quotations nest (CMOS 6.9, 13.30).</summary>
internal static class Typography
{
    public const char OpenDouble = '\u201C';
    public const char CloseDouble = '\u201D';
    public const char OpenSingle = '\u2018';
    public const char CloseSingle = '\u2019';

    /// <summary>
    /// Curls straight double quotes and turns straight single quotes into apostrophes; inside a quotation
    /// (<paramref name="depth"/> odd) double marks become single.
    /// </summary>
    public static string Curl(string text, int depth)
    {
        var nested = depth % 2 == 1;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var opening = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '\u2013';
            result.Append(c switch
            {
                '"' => Double(opening, nested),
                OpenDouble => nested ? OpenSingle : OpenDouble,
                CloseDouble => nested ? CloseSingle : CloseDouble,
                '\'' => CloseSingle,
                _ => c,
            });
        }

        return result.ToString();
    }

    public static char Open(int depth) => depth % 2 == 0 ? OpenDouble : OpenSingle;

    public static char Close(int depth) => depth % 2 == 0 ? CloseDouble : CloseSingle;

    private static char Double(bool opening, bool nested) => (opening, nested) switch
    {
        (true, false) => OpenDouble,
        (false, false) => CloseDouble,
        (true, true) => OpenSingle,
        (false, true) => CloseSingle,
    };
}
