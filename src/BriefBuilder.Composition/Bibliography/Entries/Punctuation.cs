namespace BriefBuilder.Composition.Bibliography.Entries;

/// <summary>
/// What happens where two punctuation marks meet as pieces are joined: "Title?" and ". " give "Title? ",
/// never "Title?. " (the collapsing rules citeproc-js and citeproc share).
/// </summary>
internal static class Punctuation
{
    public static PunctuationMeeting Meet(char before, char after) => (before, after) switch
    {
        ('.', '.') or ('!', '.') or ('?', '.') or (':', '.') or (';', '.') => PunctuationMeeting.KeepFirst,
        ('!', ':') or ('?', ':') or (';', ':') or (':', ':') => PunctuationMeeting.KeepFirst,
        ('!', '!') or ('?', '?') or (';', ';') or (',', ',') => PunctuationMeeting.KeepFirst,
        (':', '!') or (':', '?') or (';', '!') or (';', '?') => PunctuationMeeting.KeepSecond,
        _ => PunctuationMeeting.KeepBoth,
    };

    /// <summary>A delimiter is left out before a piece that starts with its own separating mark (CSL 1.0.2, "Delimiter").</summary>
    public static bool StartsWithSeparator(string text) => text.Length > 0 && text[0] is ',' or ';' or '.';

    /// <summary>The marks that settle against a closing quotation mark: inside it in American usage (CMOS 6.9), after it elsewhere.</summary>
    public static bool MovesInsideQuotes(char mark) => mark is '.' or ',';
}

/// <summary>The outcome of two punctuation marks meeting.</summary>
internal enum PunctuationMeeting
{
    KeepBoth,
    KeepFirst,
    KeepSecond,
}
