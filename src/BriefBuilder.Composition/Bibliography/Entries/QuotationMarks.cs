namespace BriefBuilder.Composition.Bibliography.Entries;

/// <summary>A language's quotation marks: the outer pair and, alternating with it, the pair for a quotation within a quotation
/// (“ ” and ‘ ’ in English, « » and “ ” in French, CMOS 6.9 and the CSL locales' quote terms).</summary>
internal sealed record QuotationMarks(string Open, string Close, string InnerOpen, string InnerClose)
{
    public string OpenAt(int depth) => depth % 2 == 0 ? Open : InnerOpen;

    public string CloseAt(int depth) => depth % 2 == 0 ? Close : InnerClose;

    /// <summary>Whether the character is part of a closing mark: the mark, or the space French sets inside it.</summary>
    public bool IsClosing(char c) => Close.Contains(c, StringComparison.Ordinal) || InnerClose.Contains(c, StringComparison.Ordinal);
}
