namespace BriefBuilder.Workbooks.Cells;

/// <summary>The number formats every workbook has without declaring them (ECMA-376 Part 1, 18.8.30 numFmt).</summary>
internal static class BuiltInFormats
{
    private static readonly Dictionary<int, string> Codes = new()
    {
        [0] = "General",
        [1] = "0",
        [2] = "0.00",
        [3] = "#,##0",
        [4] = "#,##0.00",
        [9] = "0%",
        [10] = "0.00%",
        [11] = "0.00E+00",
        [12] = "# ?/?",
        [13] = "# ??/??",
        // Excel shows 14 in the reader's own short-date style; year-month-day is the one order nobody misreads.
        [14] = "yyyy-mm-dd",
        [15] = "d-mmm-yy",
        [16] = "d-mmm",
        [17] = "mmm-yy",
        [18] = "h:mm AM/PM",
        [19] = "h:mm:ss AM/PM",
        [20] = "h:mm",
        [21] = "h:mm:ss",
        [22] = "m/d/yy h:mm",
        [37] = "#,##0 ;(#,##0)",
        [38] = "#,##0 ;[Red](#,##0)",
        [39] = "#,##0.00;(#,##0.00)",
        [40] = "#,##0.00;[Red](#,##0.00)",
        [45] = "mm:ss",
        [46] = "[h]:mm:ss",
        [47] = "mmss.0",
        [48] = "##0.0E+0",
        [49] = "@",
    };

    /// <summary>The built-in format with this ID; an ID the standard leaves to the locale reads as General.</summary>
    public static NumberFormat Find(int id) =>
        Codes.TryGetValue(id, out var code) ? NumberFormat.FromCode(code) : NumberFormat.General;
}
