namespace BriefBuilder.Robustness.Tests.Fuzzing;

/// <summary>Values that have broken readers before: calendar edges, numbers at their limits, references past the
/// sheet, text no font prints or that hides itself, as SpreadsheetML escapes write them.</summary>
internal static class Interesting
{
    public static readonly string[] Texts =
    [
        "", " ", "9999-12-31", "9999-12-XX", "99XX", "9999~", "9999/..", "0001/9999", "0001-01-01", "2023-02-30",
        "2023-13", "10000", "-0001", "1900-02-29", "2023-21", "../2023", "2023-10-05T25:00", "#N/A", "#REF!", "=SUM(A1)",
        "1e308", "NaN", "-0", "_x001B_[2J", "_xD800_", "_xDFFF_x", "_xFFFE_", "\u202eevil\u202c", "a\u200db", "e" + new string('\u0301', 80),
        "S1; S1; ;;", "P1;P2;P999", "C1", "c1", "support", "SUPPORT", "draft", "verified", "#12", "#GGGGGG", "mailto:", "javascript:alert(1)",
        "http://", "&amp;", "<b>", "\t\n\r", "Ա", "ελληνικά", "日本語", "🙂", new string('x', 5000), string.Concat(Enumerable.Repeat("word ", 2000)),
    ];

    public static readonly string[] Numbers =
    [
        "0", "-1", "1", "60", "2958465", "2958466", "1e308", "-1e308", "NaN", "Infinity", "4.9e-324", "45000.5", "99999999999", "", "x",
    ];

    public static readonly string[] References =
    [
        "A0", "A1", "XFD1", "XFE1", "A1048576", "A1048577", "AAAAAAAA1", "", "$A$1", "1A", "A-1", "ZZ99", "B2:A1", "A1:XFD1048576",
    ];

    public static readonly string[] Types = ["s", "str", "inlineStr", "n", "b", "e", "d", "", "x"];

    public static readonly string[] YamlValues =
    [
        "0", "-1", "1e308", "NaN", ".inf", "-0", "0mm", "999in", "-5mm", "1e308mm", "20 mm", "a4", "letter", "LETTER", "true", "no",
        "null", "~", "''", "\"\"", "[]", "{}", "[a, b]", "{ a: 1 }", "*nowhere", "&x 1", "'{title'", "'{nope}'", "\"#000000\"", "\"#FFFFFF\"",
        "'" + new string('x', 3000) + "'", "\"\\u202e\"", "\"\\0\"", "|", ">", "!!binary AAAA", "2023-02-30", "9999", "0001",
    ];

    public static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
