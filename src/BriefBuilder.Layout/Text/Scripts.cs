namespace BriefBuilder.Layout.Text;

/// <summary>Script facts the line breaker needs without a full Unicode database.</summary>
internal static class Scripts
{
    /// <summary>Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms; UAX #9 classes R and AL).</summary>
    public static bool IsRightToLeft(int c) =>
        c is >= 0x0590 and <= 0x08FF or >= 0xFB1D and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF or >= 0x10800 and <= 0x10FFF or >= 0x1E800 and <= 0x1EFFF;

    /// <summary>Breaking spaces (UAX #14 class SP and the breaking members of BA); NO-BREAK, NARROW NO-BREAK and FIGURE SPACE are not among them.</summary>
    public static bool IsBreakingSpace(int c) =>
        c is ' ' or '\t' or 0x1680 or >= 0x2000 and <= 0x2006 or 0x2008 or 0x2009 or 0x200A or 0x205F or 0x3000;

    /// <summary>Zero-width format characters that are never drawn and never offer a break.</summary>
    public static bool IsIgnorable(int c) =>
        c is 0x200C or 0x200D or 0x200E or 0x200F or 0x2060 or 0xFEFF or >= 0xFE00 and <= 0xFE0F or >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069;

    public static bool IsForcedBreak(int c) => c is '\n' or '\r' or 0x2028 or 0x2029 or 0x0B or 0x0C or 0x85;
}
