using System.Text.RegularExpressions;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>
/// The one normalisation applied to both sides before comparing: whitespace runs become one space and
/// typographic quotation marks and apostrophes become straight ones, so only the words and punctuation count.
/// </summary>
internal static partial class OracleText
{
    public static string Normalize(string text)
    {
        var straight = text
            .Replace('\u201C', '"').Replace('\u201D', '"')
            .Replace('\u2018', '\'').Replace('\u2019', '\'');
        return Whitespace().Replace(straight, " ").Trim();
    }

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Whitespace();
}
